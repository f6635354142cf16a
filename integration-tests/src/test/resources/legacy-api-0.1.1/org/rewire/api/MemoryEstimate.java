package org.rewire.api;

import java.util.Map;
import java.util.TreeMap;

/**
 * The memory a hop profile costs, estimated before training: statistics over random networks drawn
 * the way routing-aware training initialises them (the paper's proxy).
 *
 * @param samples number of random networks mapped
 * @param seed the seed they were drawn with
 * @param total memory devices of the whole chip
 * @param perElement memory devices of one element of each kind (the chip is sized by the worst
 *     element of a kind, so this is the per-kind size every element of that kind gets)
 * @param mappableFraction fraction of the sampled networks that were mappable
 */
public record MemoryEstimate(
    int samples,
    long seed,
    Statistic total,
    Map<String, Statistic> perElement,
    double mappableFraction) {
  public MemoryEstimate {
    perElement = java.util.Collections.unmodifiableMap(new TreeMap<>(perElement));
  }

  /**
   * Mean and sample standard deviation of a quantity.
   *
   * @param mean the mean
   * @param std the sample standard deviation (0 for one sample)
   */
  public record Statistic(double mean, double std) {
    /** The statistic of {@code values}. */
    public static Statistic of(double[] values) {
      double mean = 0;
      for (double v : values) {
        mean += v;
      }
      mean /= values.length;
      double ss = 0;
      for (double v : values) {
        ss += (v - mean) * (v - mean);
      }
      return new Statistic(mean, values.length > 1 ? Math.sqrt(ss / (values.length - 1)) : 0);
    }
  }
}
