package org.rewire.runtime.checkpoint;

import java.util.List;
import java.util.Map;
import org.rewire.runtime.engine.SpikingNetwork;

/**
 * Everything a run needs to continue after its last complete epoch as if it had never stopped: the
 * network (weights, active mask, Adam moments, slot for slot), the optimizer step count (which also
 * fixes the learning-rate schedule's position and Adam's bias correction), the sparsifier's random
 * stream and own state, the batch-order random stream, and the metrics rows so far. The model's
 * constants, the data and the schedule's shape come from the config, which {@link #configDigest}
 * pins.
 *
 * <p>Built by {@link #of} it shares the network's live arrays: write it before the next step.
 *
 * @param configDigest {@link ConfigDigest} of the run's resolved config
 * @param epochs epochs completed
 * @param step optimizer steps taken
 * @param input the input weights' store
 * @param recurrent the recurrent weights' store
 * @param sparsifierRandom the sparsifier's random stream
 * @param shuffle the batch-order random stream
 * @param sparsifier the sparsifier's own state ({@link org.rewire.api.ResumableSparsifier}), or
 *     null when it cannot save one
 * @param metrics the metrics rows of the completed epochs, in order
 */
public record Checkpoint(
    String configDigest,
    int epochs,
    long step,
    StoreState input,
    StoreState recurrent,
    SavableRandom.State sparsifierRandom,
    SavableRandom.State shuffle,
    byte[] sparsifier,
    List<Map<String, Object>> metrics) {

  public Checkpoint {
    metrics = List.copyOf(metrics);
  }

  /** The state of a run after {@code epochs} epochs and {@code step} steps. */
  public static Checkpoint of(
      String configDigest,
      int epochs,
      long step,
      SpikingNetwork network,
      SavableRandom.State sparsifierRandom,
      SavableRandom.State shuffle,
      byte[] sparsifier,
      List<Map<String, Object>> metrics) {
    return new Checkpoint(
        configDigest,
        epochs,
        step,
        StoreState.of(network.inputWeights()),
        StoreState.of(network.recurrentWeights()),
        sparsifierRandom,
        shuffle,
        sparsifier,
        metrics);
  }

  /**
   * Puts the saved weights, mask and moments into {@code network}, which must have the same shape
   * (the same config); the checkpoint's arrays become the network's.
   *
   * @throws IllegalArgumentException if the shapes differ
   */
  public void restoreInto(SpikingNetwork network) {
    input.applyTo(network.inputWeights());
    recurrent.applyTo(network.recurrentWeights());
  }
}
