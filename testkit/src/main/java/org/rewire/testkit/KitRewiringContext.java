package org.rewire.testkit;

import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.random.RandomGenerator;
import org.rewire.api.HardwareTarget;
import org.rewire.api.RewiringContext;

/**
 * A {@link RewiringContext} a test moves along by hand, as the training loop moves its own: it
 * starts at epoch 0, step 0, learning rate 1e-3, and moves with {@link #nextStep}, {@link
 * #nextEpoch}, {@link #learningRate(double)} or {@link #at}. {@link #step()} counts the optimizer
 * steps taken before the current one. Reports accumulate until drained; the last value of a name
 * wins, as in the runtime's metrics row. Not thread-safe (a sparsifier's hooks run on one thread).
 */
public final class KitRewiringContext implements RewiringContext {
  private final HardwareTarget target;
  private final RandomGenerator random;
  private final Map<String, Double> reports = new TreeMap<>();
  private int epoch;
  private long step;
  private double learningRate = 1e-3;

  /** A context for {@code target} whose random stream is {@code new SplittableRandom(seed)}. */
  public KitRewiringContext(HardwareTarget target, long seed) {
    this(target, new SplittableRandom(seed));
  }

  /** A context whose random stream is {@code random} (a {@link ReplayableRandom} can be copied). */
  public KitRewiringContext(HardwareTarget target, RandomGenerator random) {
    this.target = Objects.requireNonNull(target, "target");
    this.random = Objects.requireNonNull(random, "random");
  }

  @Override
  public HardwareTarget target() {
    return target;
  }

  @Override
  public RandomGenerator random() {
    return random;
  }

  @Override
  public int epoch() {
    return epoch;
  }

  @Override
  public long step() {
    return step;
  }

  @Override
  public double learningRate() {
    return learningRate;
  }

  @Override
  public void report(String metric, double value) {
    reports.put(metric, value);
  }

  /** Moves the context to {@code epoch} and {@code step} with that learning rate. */
  public void at(int epoch, long step, double learningRate) {
    this.epoch = epoch;
    this.step = step;
    this.learningRate = learningRate;
  }

  /** Advances one step. */
  public void nextStep() {
    step++;
  }

  /** Advances one epoch. */
  public void nextEpoch() {
    epoch++;
  }

  /** Sets the learning rate of the following steps. */
  public void learningRate(double lr) {
    learningRate = lr;
  }

  /** What the sparsifier reported so far, by name (a copy). */
  public Map<String, Double> reports() {
    return new TreeMap<>(reports);
  }

  /** What the sparsifier reported since the last drain, by name; cleared by the call. */
  public Map<String, Double> drainReports() {
    Map<String, Double> copy = new TreeMap<>(reports);
    reports.clear();
    return copy;
  }
}
