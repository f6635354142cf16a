package org.rewire.runtime.report.chart;

import java.util.List;

/**
 * What a panel draws for one named thing: markers and a line through some points (not necessarily
 * the markers: a Pareto front joins only some of them). Either list may be empty.
 *
 * @param label the legend's text
 * @param style index into the palette: the same index is the same colour and marker shape in every
 *     panel, so a series reads the same across pictures
 * @param marks the markers
 * @param line the line's vertices, drawn in the order given; when the series has marks, every
 *     vertex also gets the series' filled marker (the line carries the legend's sample of line and
 *     marker), so a line should join marks, as a Pareto front or a learning curve does
 */
public record Series(String label, int style, List<Mark> marks, List<Point> line) {
  public Series {
    marks = List.copyOf(marks);
    line = List.copyOf(line);
  }
}
