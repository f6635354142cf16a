package org.rewire.runtime.config;

import org.rewire.api.Require;

/**
 * The {@code training:} section.
 *
 * @param epochs passes over the training set (default 10)
 * @param batchSize samples per optimizer step (default 256)
 * @param learningRate Adam's step size (default 0.002)
 * @param threads worker threads, 0 for one per core (default 0); results do not depend on it
 * @param validationFraction share of the training split held out for validation when the dataset
 *     has no validation split of its own: whole groups (speakers) where the dataset names them,
 *     else stratified by label; 0 holds out nothing (default 0)
 * @param validationSeed the seed of that choice, kept apart from the experiment's {@code seed} so
 *     runs that differ only in their seed validate on the same samples (default 0)
 * @param schedule how the learning rate changes over the run: {@code constant} (default), {@code
 *     step} (times {@code gamma} every {@code step_epochs} epochs) or {@code polynomial} (linear
 *     decay to {@code learning_rate * final_fraction} at the last step, as the paper's code)
 * @param finalFraction the last learning rate of {@code polynomial} over the first (default 0.1)
 * @param stepEpochs epochs between decays of {@code step} (default 10)
 * @param gamma factor of each {@code step} decay (default 0.5)
 * @param gradClip clamp every gradient element to {@code [-grad_clip, grad_clip]} before Adam; 0
 *     for none (default 0)
 * @param approximateBackward 0 for exact backpropagation through time (the default); a threshold in
 *     {@code (0, 1)} turns on the approximate sparse backward pass: surrogate derivatives below it
 *     count as 0 and the neurons left without one skip the backward recurrent product (faster, not
 *     the exact gradient; see the README's engine speed section for its measured cost)
 */
public record TrainingConfig(
    Integer epochs,
    Integer batchSize,
    Double learningRate,
    Integer threads,
    Double validationFraction,
    Long validationSeed,
    Schedule schedule,
    Double finalFraction,
    Integer stepEpochs,
    Double gamma,
    Double gradClip,
    Double approximateBackward) {

  /** Learning-rate schedules. */
  public enum Schedule {
    CONSTANT,
    STEP,
    POLYNOMIAL
  }

  public TrainingConfig {
    epochs = Require.inRange("epochs", Require.orDefault(epochs, 10), 0, 1_000_000);
    batchSize = Require.inRange("batch_size", Require.orDefault(batchSize, 256), 1, 1 << 20);
    learningRate = Require.positive("learning_rate", Require.orDefault(learningRate, 0.002));
    threads = Require.inRange("threads", Require.orDefault(threads, 0), 0, 4096);
    validationFraction =
        Require.inRange(
            "validation_fraction", Require.orDefault(validationFraction, 0.0), 0.0, 0.9);
    validationSeed = Require.orDefault(validationSeed, 0L);
    schedule = Require.orDefault(schedule, Schedule.CONSTANT);
    finalFraction = Require.inRange("final_fraction", Require.orDefault(finalFraction, 0.1), 0, 1);
    stepEpochs = Require.positive("step_epochs", Require.orDefault(stepEpochs, 10));
    gamma = Require.inRange("gamma", Require.orDefault(gamma, 0.5), 1e-9, 1.0);
    gradClip = Require.nonNegative("grad_clip", Require.orDefault(gradClip, 0.0));
    approximateBackward = Require.orDefault(approximateBackward, 0.0);
    if (!(approximateBackward >= 0 && approximateBackward < 1)) {
      throw new org.rewire.api.InvalidConfigException(
          "approximate_backward",
          "must be 0 (exact) or a surrogate-derivative threshold in (0, 1), got "
              + approximateBackward);
    }
  }

  /** This section with {@code threads} worker threads; results do not depend on them. */
  public TrainingConfig withThreads(int threads) {
    return new TrainingConfig(
        epochs,
        batchSize,
        learningRate,
        threads,
        validationFraction,
        validationSeed,
        schedule,
        finalFraction,
        stepEpochs,
        gamma,
        gradClip,
        approximateBackward);
  }

  /** The section without validation options (none held out). */
  public TrainingConfig(Integer epochs, Integer batchSize, Double learningRate, Integer threads) {
    this(epochs, batchSize, learningRate, threads, null, null, null, null, null, null, null, null);
  }
}
