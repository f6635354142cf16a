package org.rewire.runtime.report.chart;

/**
 * A marker at {@code (x, y)}, with an optional vertical error bar from {@code low} to {@code high}
 * (both NaN for none).
 *
 * @param hollow drawn as an outline only, to set the point apart (for example: not mappable)
 */
public record Mark(double x, double y, double low, double high, boolean hollow) {
  /** A filled marker without an error bar. */
  public static Mark at(double x, double y) {
    return new Mark(x, y, Double.NaN, Double.NaN, false);
  }

  /** Whether the marker has an error bar. */
  public boolean hasErrorBar() {
    return !Double.isNaN(low) && !Double.isNaN(high);
  }
}
