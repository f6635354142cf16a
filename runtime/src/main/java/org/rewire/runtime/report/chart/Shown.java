package org.rewire.runtime.report.chart;

import java.util.List;

/**
 * What of a series a panel can draw: the marks and line vertices whose values both axes accept (a
 * log axis leaves out values that are not positive; nothing shows NaN or infinities).
 */
record Shown(Series series, List<Mark> marks, List<Point> line) {
  Shown {
    marks = List.copyOf(marks);
    line = List.copyOf(line);
  }

  /** The drawable part of {@code series} on axes {@code x} and {@code y}. */
  static Shown of(Series series, Axis x, Axis y) {
    return new Shown(
        series,
        series.marks().stream().filter(m -> x.accepts(m.x()) && y.accepts(m.y())).toList(),
        series.line().stream().filter(p -> x.accepts(p.x()) && y.accepts(p.y())).toList());
  }

  /** The markers' radius in pixels: smaller where a series has many. */
  double radius() {
    return series.marks().size() > 30 ? 3 : 5;
  }
}
