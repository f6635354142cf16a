package org.rewire.testkit;

import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.rewire.api.HardwareTarget;
import org.rewire.runtime.train.RunRewiringContext;

/**
 * The training run's rewiring context, driven by a test by hand: it starts at epoch 0, step 0,
 * learning rate 1e-3, and moves with {@link #nextStep}, {@link #nextEpoch} and {@link
 * #learningRate(double)}.
 */
public final class KitRewiringContext extends RunRewiringContext {

  public KitRewiringContext(HardwareTarget target, long seed) {
    this(target, new SplittableRandom(seed));
  }

  /** A context whose random stream is {@code random} (one whose state a test can save). */
  public KitRewiringContext(HardwareTarget target, RandomGenerator random) {
    super(target, random);
    at(0, 0, 1e-3);
  }

  /** Advances one step. */
  public void nextStep() {
    at(epoch(), step() + 1, learningRate());
  }

  /** Advances one epoch. */
  public void nextEpoch() {
    at(epoch() + 1, step(), learningRate());
  }

  /** Sets the learning rate of the following steps. */
  public void learningRate(double lr) {
    at(epoch(), step(), lr);
  }
}
