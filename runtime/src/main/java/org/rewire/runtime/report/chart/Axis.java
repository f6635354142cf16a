package org.rewire.runtime.report.chart;

/**
 * One axis of a panel. Its range comes from the data drawn against it (error bars included), kept
 * within the axis' bounds if it has any: what lies beyond (the end of an error bar) is cut off at
 * the frame.
 *
 * @param label what the axis shows, with its unit, e.g. {@code "memory (devices)"}
 * @param scale linear or logarithmic; a logarithmic axis leaves out values that are not positive
 * @param integer whether values are whole numbers (epochs), so tick labels never fall between them
 * @param lowest the lowest value the axis ever shows, or -infinity
 * @param highest the highest value the axis ever shows, or +infinity
 */
public record Axis(String label, Scale scale, boolean integer, double lowest, double highest) {
  /** How values map to positions. */
  public enum Scale {
    LINEAR,
    LOG
  }

  /** A linear axis of real values. */
  public static Axis linear(String label) {
    return new Axis(label, Scale.LINEAR, false, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
  }

  /** A logarithmic axis. */
  public static Axis log(String label) {
    return new Axis(label, Scale.LOG, false, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
  }

  /** A linear axis of whole numbers. */
  public static Axis integers(String label) {
    return new Axis(label, Scale.LINEAR, true, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
  }

  /** This axis, never showing less than {@code lowest} or more than {@code highest}. */
  public Axis within(double lowest, double highest) {
    return new Axis(label, scale, integer, lowest, highest);
  }

  /** Whether {@code value} can be drawn on this axis: finite, and positive on a log axis. */
  boolean accepts(double value) {
    return Double.isFinite(value) && (scale == Scale.LINEAR || value > 0);
  }
}
