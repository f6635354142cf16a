package org.rewire.runtime.config;

import org.rewire.api.Require;

/**
 * The {@code training:} section.
 *
 * @param epochs passes over the training set (default 10)
 * @param batchSize samples per optimizer step (default 256)
 * @param learningRate Adam's step size (default 0.002)
 * @param threads worker threads, 0 for one per core (default 0); results do not depend on it
 */
public record TrainingConfig(
    Integer epochs, Integer batchSize, Double learningRate, Integer threads) {
  public TrainingConfig {
    epochs = Require.inRange("epochs", Require.orDefault(epochs, 10), 0, 1_000_000);
    batchSize = Require.inRange("batch_size", Require.orDefault(batchSize, 256), 1, 1 << 20);
    learningRate = Require.positive("learning_rate", Require.orDefault(learningRate, 0.002));
    threads = Require.inRange("threads", Require.orDefault(threads, 0), 0, 4096);
  }
}
