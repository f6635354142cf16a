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
 */
public record TrainingConfig(
    Integer epochs,
    Integer batchSize,
    Double learningRate,
    Integer threads,
    Double validationFraction,
    Long validationSeed) {
  public TrainingConfig {
    epochs = Require.inRange("epochs", Require.orDefault(epochs, 10), 0, 1_000_000);
    batchSize = Require.inRange("batch_size", Require.orDefault(batchSize, 256), 1, 1 << 20);
    learningRate = Require.positive("learning_rate", Require.orDefault(learningRate, 0.002));
    threads = Require.inRange("threads", Require.orDefault(threads, 0), 0, 4096);
    validationFraction =
        Require.inRange(
            "validation_fraction", Require.orDefault(validationFraction, 0.0), 0.0, 0.9);
    validationSeed = Require.orDefault(validationSeed, 0L);
  }

  /** The section without validation options (none held out). */
  public TrainingConfig(Integer epochs, Integer batchSize, Double learningRate, Integer threads) {
    this(epochs, batchSize, learningRate, threads, null, null);
  }
}
