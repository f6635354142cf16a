package org.rewire.api;

import java.util.random.RandomGenerator;

/** What a sparsifier sees of the training run when its hooks are called. */
public interface RewiringContext {

  /** The hardware target the network is trained for. */
  HardwareTarget target();

  /**
   * The sparsifier's own random stream, derived from the experiment seed; the only randomness a
   * sparsifier may use, so runs are reproducible.
   */
  RandomGenerator random();

  /** The current epoch, from 0. */
  int epoch();

  /** Optimizer steps taken so far in the run. */
  long step();

  /** The learning rate of the step just taken. */
  double learningRate();

  /**
   * Records a statistic for the current epoch's metrics row (for example {@code pruned}, {@code
   * regrown}, {@code links_d1}); the last value reported in an epoch wins.
   */
  void report(String metric, double value);
}
