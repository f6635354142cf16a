package org.rewire.runtime.checkpoint;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.rewire.runtime.engine.NeuronParameter;
import org.rewire.runtime.engine.NeuronParameters;
import org.rewire.runtime.engine.SpikingNetwork;

/**
 * Everything a run needs to continue after its last complete epoch as if it had never stopped: the
 * network (weights, active mask, Adam moments, slot for slot; its neuron model's name and
 * per-neuron parameters, such as learned time constants, with their moments), the optimizer step
 * count (which also fixes the learning-rate schedule's position and Adam's bias correction), the
 * sparsifier's random stream and own state, the batch-order random stream, and the metrics rows so
 * far. The model's constants, the data and the schedule's shape come from the config, which {@link
 * #configDigest} pins.
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
 * @param neuron the neuron model's name ({@code model.neuron})
 * @param neuronParameters the neuron model's per-neuron parameters, in the model's order
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
    List<Map<String, Object>> metrics,
    String neuron,
    List<NeuronParameterState> neuronParameters) {

  public Checkpoint {
    metrics = List.copyOf(metrics);
    neuronParameters = List.copyOf(neuronParameters);
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
        metrics,
        network.spec().neuron().name(),
        network.neuronParameters().all().stream().map(NeuronParameterState::of).toList());
  }

  /**
   * Puts the saved weights, mask and moments into {@code network}, which must have the same shape
   * (the same config); the checkpoint's weight arrays become the network's, and its neuron
   * parameters are copied into the network's.
   *
   * @throws IllegalArgumentException if the shapes differ, the network has another neuron model, or
   *     it trains a neuron parameter the checkpoint does not hold
   */
  public void restoreInto(SpikingNetwork network) {
    String model = network.spec().neuron().name();
    if (!model.equals(neuron)) {
      throw new IllegalArgumentException(
          "the checkpoint holds neuron model '" + neuron + "', the network '" + model + "'");
    }
    NeuronParameters parameters = network.neuronParameters();
    List<String> saved = new ArrayList<>();
    for (NeuronParameterState state : neuronParameters) {
      parameters.get(state.name()).restore(state.value(), state.moment1(), state.moment2());
      saved.add(state.name());
    }
    for (NeuronParameter p : parameters.trainable()) {
      if (!saved.contains(p.name())) {
        throw new IllegalArgumentException(
            "the network learns neuron parameter " + p.name() + ", which the checkpoint lacks");
      }
    }
    input.applyTo(network.inputWeights());
    recurrent.applyTo(network.recurrentWeights());
  }
}
