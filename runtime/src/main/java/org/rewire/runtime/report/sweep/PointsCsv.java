package org.rewire.runtime.report.sweep;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code points.csv}: one row per point in the report's order, figures unrounded so other tools can
 * plot them. Accuracy is a fraction in [0, 1] as in {@code results.csv}: {@code test_accuracy_*} at
 * each run's selected epoch (the best validation epoch; the last for runs without a validation
 * split, {@code selected_on_validation_runs} counts the others), {@code last_test_accuracy_mean}
 * after the last epoch. The interval's half-width is empty for a single seed; list cells (seeds,
 * sweeps, run ids) are space separated.
 */
final class PointsCsv {
  static final List<String> COLUMNS =
      List.of(
          "series",
          "parameters",
          "n",
          "seeds",
          "test_accuracy_mean",
          "test_accuracy_ci95",
          "memory_mean",
          "synapses_mean",
          "mappable_runs",
          "mappable_fraction",
          "memory_front",
          "synapses_front",
          "sweeps",
          "run_ids",
          "last_test_accuracy_mean",
          "selected_on_validation_runs");

  private PointsCsv() {}

  static String render(SweepReport report) {
    StringBuilder out = new StringBuilder(String.join(",", COLUMNS)).append('\n');
    for (ReportPoint p : report.points().points()) {
      List<String> cells =
          List.of(
              p.series(),
              p.parameters(),
              Integer.toString(p.n()),
              p.seeds().stream().map(String::valueOf).collect(Collectors.joining(" ")),
              number(p.accuracy().mean()),
              p.accuracy().hasInterval() ? number(p.accuracy().halfWidth()) : "",
              number(p.memory()),
              number(p.synapses()),
              Integer.toString(p.mappable()),
              number(p.mappable() / (double) p.n()),
              Boolean.toString(report.onFront(Cost.MEMORY, p)),
              Boolean.toString(report.onFront(Cost.SYNAPSES, p)),
              String.join(" ", p.sweeps()),
              String.join(" ", p.runIds()),
              number(p.lastAccuracy()),
              Integer.toString(p.selectedOnValidation()));
      out.append(cells.stream().map(PointsCsv::cell).collect(Collectors.joining(","))).append('\n');
    }
    return out.toString();
  }

  /** Shortest exact form, never in scientific notation, without a trailing {@code .0}. */
  private static String number(double value) {
    return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
  }

  private static String cell(String text) {
    if (text.contains(",") || text.contains("\"") || text.contains("\n")) {
      return '"' + text.replace("\"", "\"\"") + '"';
    }
    return text;
  }
}
