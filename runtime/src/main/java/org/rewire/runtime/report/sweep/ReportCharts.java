package org.rewire.runtime.report.sweep;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.rewire.runtime.report.chart.Axis;
import org.rewire.runtime.report.chart.Chart;
import org.rewire.runtime.report.chart.Mark;
import org.rewire.runtime.report.chart.Panel;
import org.rewire.runtime.report.chart.Point;
import org.rewire.runtime.report.chart.Series;

/**
 * The report's two pictures: test accuracy against memory (log axis) and against synapses. One
 * series per sparsifier, in the report's series order: the mean over seeds with its 95 % interval
 * as an error bar, hollow where some seed was not mappable, and the series' Pareto front as a line.
 */
final class ReportCharts {
  static final int WIDTH = 1000;
  static final int HEIGHT = 700;

  private ReportCharts() {}

  /** The chart of test accuracy against {@code cost}. */
  static BufferedImage draw(SweepReport report, Cost cost) {
    String title = cost == Cost.MEMORY ? "Test accuracy vs memory" : "Test accuracy vs synapses";
    Axis x =
        cost == Cost.MEMORY
            ? Axis.log("memory (devices, log scale)")
            : Axis.linear("synapses (count)");
    Map<String, ParetoFront> fronts = report.fronts(cost);
    List<Series> series = new ArrayList<>();
    boolean hollow = false;
    boolean single = false;
    List<String> names = report.points().series();
    for (int s = 0; s < names.size(); s++) {
      List<Mark> marks = new ArrayList<>();
      for (ReportPoint p : report.points().of(names.get(s))) {
        double mean = 100 * p.accuracy().mean();
        double half = 100 * p.accuracy().halfWidth(); // NaN without an interval: no bar
        marks.add(
            new Mark(cost.of(p), mean, mean - half, mean + half, !p.allMappable(), p.label()));
        hollow |= !p.allMappable();
        single |= !p.accuracy().hasInterval();
      }
      List<Point> front =
          fronts.get(names.get(s)).vertices().stream()
              .map(v -> new Point(v.x(), 100 * v.y()))
              .toList();
      series.add(new Series(names.get(s), s, marks, front));
    }
    List<String> notes = new ArrayList<>();
    notes.add(
        "markers: mean over seeds; bars: 95 % interval (Student t)"
            + (single ? ", none for a single seed" : "")
            + "; lines: each series' Pareto front");
    if (hollow) {
      notes.add("hollow markers: not mappable on every seed");
    }
    if (report.selectedOnValidation() > 0) {
      notes.add(
          report.selectedOnValidation() == report.runs()
              ? "test accuracy at each run's best validation epoch"
              : "test accuracy at the best validation epoch ("
                  + report.selectedOnValidation()
                  + " of "
                  + report.runs()
                  + " runs), else after the last epoch");
    }
    Panel panel =
        new Panel(title, x, Axis.linear("test accuracy (%)").within(0, 100), series, notes);
    return Chart.draw(null, List.of(panel), 1, WIDTH, HEIGHT);
  }
}
