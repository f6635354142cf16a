package org.rewire.runtime.report.chart;

import java.util.List;

/**
 * One plot: axes, series, and a legend under it that names each series and adds the notes (how to
 * read markers, bars and lines).
 *
 * @param title drawn above the plot
 * @param notes lines written under the legend, in order
 */
public record Panel(String title, Axis x, Axis y, List<Series> series, List<String> notes) {
  public Panel {
    series = List.copyOf(series);
    notes = List.copyOf(notes);
  }
}
