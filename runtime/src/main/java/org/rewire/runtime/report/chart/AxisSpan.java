package org.rewire.runtime.report.chart;

import java.util.List;

/**
 * The values an axis spans: the data's, within the axis' bounds (bounds that would leave nothing to
 * see are ignored). A single value gets room around it. XChart maps the span onto {@code content}
 * of the plot and leaves an even margin around it.
 *
 * @param min the lowest value, positive on a log axis
 * @param max the highest value, above {@code min}
 */
record AxisSpan(double min, double max) {
  /** The span of the {@code values} that {@code axis} accepts, or null for none. */
  static AxisSpan of(Axis axis, List<Double> values) {
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (double v : values) {
      if (axis.accepts(v)) {
        lo = Math.min(lo, v);
        hi = Math.max(hi, v);
      }
    }
    if (lo > hi) {
      return null;
    }
    AxisSpan span = lo == hi ? around(axis, lo) : new AxisSpan(lo, hi);
    double boundedLo = axis.accepts(axis.lowest()) ? Math.max(span.min, axis.lowest()) : span.min;
    double boundedHi = axis.accepts(axis.highest()) ? Math.min(span.max, axis.highest()) : span.max;
    return boundedLo < boundedHi ? new AxisSpan(boundedLo, boundedHi) : span;
  }

  /**
   * Room around a single value: a tenth of a decade each way on a log axis; otherwise about a tenth
   * of the value, widened to round numbers. The ends are never the same distance from the value:
   * XChart then puts its ticks at the three values rather than at round numbers.
   */
  private static AxisSpan around(Axis axis, double v) {
    if (axis.scale() == Axis.Scale.LOG) {
      return new AxisSpan(v / Math.pow(10, 0.1), v * Math.pow(10, 0.1));
    }
    double pad = Math.max(Math.abs(v) * 0.1, 0.5);
    double step = Math.pow(10, Math.floor(Math.log10(pad)));
    if (axis.integer()) {
      step = Math.max(step, 1);
    }
    double lo = Math.floor((v - pad) / step) * step;
    double hi = Math.ceil((v + pad) / step) * step;
    if (Math.abs((hi - v) - (v - lo)) < 1e-9 * Math.max(1, Math.abs(v))) {
      hi += step;
    }
    return new AxisSpan(lo, hi);
  }

  /**
   * What a log axis shows when the span fills {@code content} of the plot: the span and the margin
   * around it.
   */
  AxisSpan inViewOnLog(double content) {
    double margin = Math.log10(max / min) * (1 / content - 1) / 2;
    return new AxisSpan(min / Math.pow(10, margin), max * Math.pow(10, margin));
  }

  /** The largest magnitude in the span. */
  double largest() {
    return Math.max(Math.abs(min), Math.abs(max));
  }
}
