package org.rewire.runtime.report.sweep;

import org.apache.commons.statistics.distribution.TDistribution;

/**
 * The mean of a few values (one per seed) and the half-width of its two-sided 95 % confidence
 * interval from Student's t with n - 1 degrees of freedom: {@code t(0.975, n-1) * s / sqrt(n)}, s
 * the sample standard deviation. One value gives no interval: the half-width is NaN. The quantile
 * comes from Apache Commons Statistics' {@link TDistribution}.
 *
 * @param n how many values
 * @param mean their mean
 * @param halfWidth the interval is {@code mean +- halfWidth}; NaN when n = 1
 */
public record MeanInterval(int n, double mean, double halfWidth) {
  /** The probability below the t quantile of a two-sided 95 % interval: 2.5 % lies above it. */
  private static final double UPPER_95 = 0.975;

  /**
   * The mean and interval of {@code values}.
   *
   * @throws IllegalArgumentException when there are no values
   */
  public static MeanInterval of(double[] values) {
    int n = values.length;
    if (n == 0) {
      throw new IllegalArgumentException("no values");
    }
    double sum = 0;
    for (double v : values) {
      sum += v;
    }
    double mean = sum / n;
    if (n == 1) {
      return new MeanInterval(1, mean, Double.NaN);
    }
    double squares = 0;
    for (double v : values) {
      squares += (v - mean) * (v - mean);
    }
    double sd = Math.sqrt(squares / (n - 1));
    double t = TDistribution.of(n - 1).inverseCumulativeProbability(UPPER_95);
    return new MeanInterval(n, mean, t * sd / Math.sqrt(n));
  }

  /** Whether there is an interval (n > 1). */
  public boolean hasInterval() {
    return !Double.isNaN(halfWidth);
  }
}
