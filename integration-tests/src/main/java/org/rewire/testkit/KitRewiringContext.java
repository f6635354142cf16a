package org.rewire.testkit;

import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.random.RandomGenerator;
import org.rewire.api.HardwareTarget;
import org.rewire.api.RewiringContext;

/** A rewiring context driven by the test: it sets epoch, step and learning rate by hand. */
public final class KitRewiringContext implements RewiringContext {
  private final HardwareTarget target;
  private final RandomGenerator random;
  private final Map<String, Double> reports = new TreeMap<>();
  private int epoch;
  private long step;
  private double learningRate = 1e-3;

  public KitRewiringContext(HardwareTarget target, long seed) {
    this.target = target;
    this.random = new SplittableRandom(seed);
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

  /** What the sparsifier reported, by metric name. */
  public Map<String, Double> reports() {
    return reports;
  }

  /** Advances one step. */
  public void nextStep() {
    step++;
  }

  /** Advances one epoch. */
  public void nextEpoch() {
    epoch++;
  }

  public void learningRate(double lr) {
    this.learningRate = lr;
  }
}
