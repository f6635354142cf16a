package org.rewire.runtime.report.chart;

/**
 * A marker at {@code (x, y)}, with an optional vertical error bar from {@code low} to {@code high}
 * (both NaN for none) and an optional label written beside it.
 *
 * @param hollow drawn as an outline only, to set the point apart (for example: not mappable)
 * @param label short text beside the marker, or null; left out where it would cover another marker,
 *     bar or label
 */
public record Mark(double x, double y, double low, double high, boolean hollow, String label) {
  /** A filled marker without an error bar or label. */
  public static Mark at(double x, double y) {
    return new Mark(x, y, Double.NaN, Double.NaN, false, null);
  }

  /** The marker's centre. */
  public Point at() {
    return new Point(x, y);
  }

  /** Whether the marker has an error bar. */
  public boolean hasErrorBar() {
    return !Double.isNaN(low) && !Double.isNaN(high);
  }
}
