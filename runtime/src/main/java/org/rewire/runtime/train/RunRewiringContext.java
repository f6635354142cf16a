package org.rewire.runtime.train;

import java.util.Map;
import java.util.TreeMap;
import java.util.random.RandomGenerator;
import org.rewire.api.HardwareTarget;
import org.rewire.api.RewiringContext;
import org.rewire.runtime.metrics.EpochMetrics;

/**
 * The rewiring context of a training run, moved along by its driver ({@link #at}). {@link #step()}
 * is the number of optimizer steps taken before the current one: 0 while the first step's hooks
 * run. Reports accumulate until drained; the last value of a name wins. A report becomes the metric
 * {@code sparsifier_<name>} ({@link EpochMetrics#SPARSIFIER}) of the epoch's row.
 */
public class RunRewiringContext implements RewiringContext {
  private final HardwareTarget target;
  private final RandomGenerator random;
  private final Map<String, Double> reports = new TreeMap<>();
  private int epoch;
  private long step;
  private double learningRate;

  public RunRewiringContext(HardwareTarget target, RandomGenerator random) {
    this.target = target;
    this.random = random;
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

  /**
   * {@inheritDoc}
   *
   * @throws IllegalArgumentException if {@code metric} cannot name a column ({@code
   *     sparsifier_<metric>}): empty, or holding a comma, a quote or a line break
   */
  @Override
  public void report(String metric, double value) {
    EpochMetrics.SPARSIFIER.of(metric); // checks the column name now, in the sparsifier's call
    reports.put(metric, value);
  }

  /** Moves the context to {@code epoch} and {@code step} with that learning rate. */
  public void at(int epoch, long step, double learningRate) {
    this.epoch = epoch;
    this.step = step;
    this.learningRate = learningRate;
  }

  /** What the sparsifier reported so far, by name (a copy). */
  public Map<String, Double> reports() {
    return new TreeMap<>(reports);
  }

  /** What the sparsifier reported this epoch, by name; cleared by the call. */
  public Map<String, Double> drainReports() {
    Map<String, Double> copy = new TreeMap<>(reports);
    reports.clear();
    return copy;
  }
}
