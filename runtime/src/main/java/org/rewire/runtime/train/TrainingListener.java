package org.rewire.runtime.train;

import java.io.IOException;
import org.rewire.runtime.engine.SpikingNetwork;

/**
 * Something that follows training: the {@link Trainer}'s loop calls every listener at each hook, in
 * a fixed order, and does nothing else between its training steps. All hooks default to doing
 * nothing. Epochs and batches are counted from 1, as in {@code metrics.csv}.
 *
 * <p>The built-in listeners, in the order they run at every hook:
 *
 * <ol>
 *   <li>evaluation: the validation and test splits after each epoch ({@code validation_*}, {@code
 *       test_*});
 *   <li>mapping: the network mapped onto the chip after each epoch ({@code synapses}, {@code
 *       links}, {@code memory}, ...), and at the end {@code network.json} and {@code mapping.json};
 *   <li>metrics: the sparsifier's reports ({@code sparsifier_*}) complete the epoch's row, which is
 *       appended to {@code metrics.csv} and {@code metrics.json};
 *   <li>checkpoint: {@code checkpoint.bin}, holding the rows so far;
 *   <li>pictures: at the end, {@code chip.png} and {@code curves.png};
 *   <li>progress: the progress bar and the epoch's line.
 * </ol>
 *
 * Listeners added with {@link Trainer#withListener} run after these, in the order added, so they
 * see the epoch's complete row, already written and checkpointed.
 *
 * <p>Contract: hooks run on the training thread, one at a time. A listener must not change the
 * network or the engine's state (it may evaluate with the engine), or the run's results change. A
 * listener that throws stops training; the last checkpoint stays.
 */
public interface TrainingListener {
  /**
   * Before the first epoch this run trains.
   *
   * @param firstEpoch 1 for a new run; after a resume, the epoch after the checkpoint's
   * @param epochs the epoch the run ends with (the config's {@code training.epochs})
   */
  default void onTrainingStart(int firstEpoch, int epochs) throws IOException {}

  /** Before the first batch of {@code epoch}, which has {@code batches} batches. */
  default void onEpochStart(int epoch, int batches) {}

  /**
   * After the optimizer step and the sparsifier's {@code afterStep} of {@code batch}.
   *
   * @param loss the batch's training loss (cross-entropy, rate term and sparsifier penalty), nats
   */
  default void onBatchEnd(int epoch, int batch, double loss) {}

  /**
   * After the sparsifier's end-of-epoch rewiring. The epoch's metrics row holds the loop's figures
   * ({@code epoch}, {@code step}, {@code learning_rate}, {@code train_*}) and what the listeners
   * before this one added.
   */
  default void onEpochEnd(EpochContext epoch) throws IOException {}

  /**
   * After the last epoch (at once, if the run had no epoch left to train).
   *
   * @param network the trained network
   */
  default void onTrainingEnd(SpikingNetwork network) throws IOException {}
}
