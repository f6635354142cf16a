package org.rewire.runtime.report.sweep;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * {@code report.md}: what was read, a table of every point, then the reference series compared with
 * each other series at equal memory and at equal accuracy. Figures are rounded for reading ({@code
 * points.csv} keeps them whole); the text says how each was computed, so the table can be pasted
 * into a README as it is.
 */
final class ReportMarkdown {
  private final SweepReport report;
  private final StringBuilder out = new StringBuilder();

  private ReportMarkdown(SweepReport report) {
    this.report = report;
  }

  static String render(SweepReport report) {
    return new ReportMarkdown(report).render();
  }

  private String render() {
    out.append("# Sweep report\n\n");
    sources();
    points();
    for (FrontComparison c : report.comparisons()) {
      comparison(c);
    }
    if (report.comparisons().isEmpty()) {
      out.append("One series only: nothing to compare it with.\n");
    }
    return out.toString();
  }

  private void sources() {
    List<String> sweeps = new ArrayList<>();
    for (SweepFolder f : report.folders()) {
      StringBuilder s = new StringBuilder();
      s.append(
          String.format(Locale.ROOT, "`%s` (%d runs: %d done", f.name(), f.planned(), f.done()));
      if (f.failed() > 0) {
        s.append(", ").append(f.failed()).append(" failed");
      }
      if (f.pending() > 0) {
        s.append(", ").append(f.pending()).append(" not finished");
      }
      if (f.withoutAccuracy() > 0) {
        s.append(", ").append(f.withoutAccuracy()).append(" without a test accuracy, left out");
      }
      sweeps.add(s.append(')').toString());
    }
    out.append("Sweeps: ").append(String.join(", ", sweeps)).append(".\n");
    if (report.points().duplicates() > 0) {
      out.append(
          String.format(
              Locale.ROOT,
              "%d runs repeat a point and seed already read from another folder and are counted"
                  + " once.\n",
              report.points().duplicates()));
    }
    int selected = report.selectedOnValidation();
    int last = report.runs() - selected;
    out.append(
        """

        A point is the finished runs of one sparsifier (its series) whose resolved configs are \
        equal except for the seed; parameters are what the sweep set, without the seed.

        - test accuracy: %s, in %%, mean over seeds ± half-width of the 95 %% interval \
        (Student t, n - 1 degrees of freedom); a single seed has no interval (no ±).
        %s- memory: memory devices of the network mapped at that epoch, mean over seeds; \
        synapses likewise.
        - mappable: runs whose network fits the chip at that epoch, of n.
        - front: the point is on its series' Pareto front of accuracy vs memory (M) or vs \
        synapses (S). Fronts include points that are not mappable.

        """
            .formatted(selection(selected, last), selectionColumns(selected, last)));
  }

  /** Which epoch's test accuracy the report uses. */
  private static String selection(int selected, int last) {
    String best =
        "at the best validation epoch (each run's epoch of highest validation accuracy, the"
            + " earliest on ties; the test set chose nothing)";
    if (selected == 0) {
      return "after the last epoch (the runs have no validation split, so no epoch was selected)";
    }
    if (last == 0) {
      return best;
    }
    return String.format(
        Locale.ROOT,
        "%s for the %d runs that have a validation split, after the last epoch for the %d that"
            + " have none",
        best,
        selected,
        last);
  }

  /** The bullets of the columns a selection adds to the table of points. */
  private static String selectionColumns(int selected, int last) {
    if (selected == 0) {
      return "";
    }
    return "- last epoch: test accuracy after the last epoch, mean over seeds, for comparison.\n"
        + (last == 0
            ? ""
            : "- selected: runs of the point whose epoch was selected on validation, of n.\n");
  }

  private void points() {
    out.append("## Points\n\n");
    int selected = report.selectedOnValidation();
    boolean mixed = selected > 0 && selected < report.runs();
    List<List<String>> rows = new ArrayList<>();
    for (ReportPoint p : report.points().points()) {
      String front =
          ((report.onFront(Cost.MEMORY, p) ? "M " : "")
                  + (report.onFront(Cost.SYNAPSES, p) ? "S" : ""))
              .strip();
      List<String> row = new ArrayList<>(List.of(p.series(), p.parameters(), "" + p.n()));
      row.add(accuracy(p.accuracy()));
      if (selected > 0) {
        row.add(percent(p.lastAccuracy()));
      }
      if (mixed) {
        row.add(p.selectedOnValidation() + "/" + p.n());
      }
      row.addAll(
          List.of(memory(p.memory()), memory(p.synapses()), p.mappable() + "/" + p.n(), front));
      rows.add(row);
    }
    List<String> header =
        new ArrayList<>(
            List.of(
                "series",
                "parameters",
                "n",
                selected > 0 ? "test accuracy at best validation epoch (%)" : "test accuracy (%)"));
    if (selected > 0) {
      header.add("last epoch (%)");
    }
    if (mixed) {
      header.add("selected");
    }
    header.addAll(List.of("memory (devices)", "synapses", "mappable", "front"));
    table(header, "ll" + "r".repeat(header.size() - 3) + "l", rows);
    out.append("![test accuracy vs memory](")
        .append(SweepReport.MEMORY_CHART)
        .append(")\n\n![test accuracy vs synapses](")
        .append(SweepReport.SYNAPSE_CHART)
        .append(")\n\n");
  }

  private void comparison(FrontComparison c) {
    String a = c.reference();
    String b = c.other();
    out.append("## ").append(a).append(" vs ").append(b).append("\n\n");
    out.append(
        "Pareto fronts of accuracy vs memory, interpolated linearly in log memory between their"
            + " points; compared only where both are known (no extrapolation).\n\n");
    out.append("**At equal memory.** ");
    List<FrontComparison.AtMemory> atMemory = c.atEqualMemory();
    if (atMemory.isEmpty()) {
      out.append(
          String.format(
              Locale.ROOT,
              "No overlap: %s's front covers %s devices, %s's %s.",
              a,
              memoryRange(c.referenceFront()),
              b,
              memoryRange(c.otherFront())));
      FrontComparison.Facing f = c.facingEnds();
      if (f != null) {
        out.append(
            String.format(
                Locale.ROOT,
                " Facing ends: %s's dearest front point, %s %% at %s devices, and %s's cheapest,"
                    + " %s %% at %s devices: %s has %s points at %s the memory.",
                f.cheaper(),
                percent(f.cheaperEnd().y()),
                memory(f.cheaperEnd().x()),
                f.dearer(),
                percent(f.dearerEnd().y()),
                memory(f.dearerEnd().x()),
                f.dearer(),
                points(f.gap()),
                ratio(f.memoryRatio())));
      }
      out.append("\n\n");
    } else {
      double[] gaps = atMemory.stream().mapToDouble(FrontComparison.AtMemory::gap).toArray();
      out.append(
          String.format(
              Locale.ROOT,
              "Accuracy gap %s − %s: %s over %s devices.\n\n",
              a,
              b,
              span(points(min(gaps)), points(max(gaps)), " points"),
              span(memory(atMemory.get(0).memory()), memory(last(atMemory).memory()), "")));
      List<List<String>> rows = new ArrayList<>();
      for (FrontComparison.AtMemory r : atMemory) {
        rows.add(
            List.of(
                memory(r.memory()),
                measured(c.referenceFront().hasVertexAtCost(r.memory()))
                    + percent(r.referenceAccuracy()),
                measured(c.otherFront().hasVertexAtCost(r.memory())) + percent(r.otherAccuracy()),
                points(r.gap())));
      }
      table(List.of("memory (devices)", a + " (%)", b + " (%)", "gap (points)"), "rrrr", rows);
      interpolation(c, atMemory.get(0).memory(), last(atMemory).memory(), true);
    }
    out.append("**At equal accuracy.** ");
    List<FrontComparison.AtAccuracy> atAccuracy = c.atEqualAccuracy();
    if (atAccuracy.isEmpty()) {
      out.append(
          String.format(
              Locale.ROOT,
              "No overlap: %s reaches %s %%, %s reaches %s %%.\n\n",
              a,
              accuracyRange(c.referenceFront()),
              b,
              accuracyRange(c.otherFront())));
      return;
    }
    double[] ratios = atAccuracy.stream().mapToDouble(FrontComparison.AtAccuracy::ratio).toArray();
    out.append(
        String.format(
            Locale.ROOT,
            "%s needs %s the memory of %s to reach the same accuracy, over %s %%.\n\n",
            b,
            span(ratio(min(ratios)), ratio(max(ratios)), ""),
            a,
            span(percent(atAccuracy.get(0).accuracy()), percent(last(atAccuracy).accuracy()), "")));
    List<List<String>> rows = new ArrayList<>();
    for (FrontComparison.AtAccuracy r : atAccuracy) {
      rows.add(
          List.of(
              percent(r.accuracy()),
              measured(c.referenceFront().hasVertexAtAccuracy(r.accuracy()))
                  + memory(r.referenceMemory()),
              measured(c.otherFront().hasVertexAtAccuracy(r.accuracy())) + memory(r.otherMemory()),
              ratio(r.ratio())));
    }
    table(
        List.of("test accuracy (%)", a + " (devices)", b + " (devices)", b + " / " + a),
        "rrrr",
        rows);
    interpolation(c, atAccuracy.get(0).accuracy(), last(atAccuracy).accuracy(), false);
  }

  /** The mark of an interpolated figure: empty for one measured at a point of the front. */
  private static String measured(boolean atVertex) {
    return atVertex ? "" : "≈";
  }

  /**
   * Says how far interpolation reached between measured points, so a reader can tell a figure read
   * off a long straight segment from one between close points.
   */
  private void interpolation(FrontComparison c, double lo, double hi, boolean byCost) {
    double reference = c.referenceFront().widestStep(lo, hi, byCost);
    double other = c.otherFront().widestStep(lo, hi, byCost);
    if (Math.max(reference, other) > 1) {
      out.append(
          String.format(
              Locale.ROOT,
              "≈: interpolated between measured points of a front; the widest step bridged here"
                  + " is %s in memory (%s).\n\n",
              ratio(Math.max(reference, other)),
              reference >= other ? c.reference() : c.other()));
    }
  }

  /**
   * A Markdown table and a blank line after it.
   *
   * @param align one letter per column: l (left) or r (right)
   */
  private void table(List<String> header, String align, List<List<String>> rows) {
    out.append(row(header));
    StringBuilder rule = new StringBuilder("|");
    for (char c : align.toCharArray()) {
      rule.append(c == 'r' ? " ---: |" : " --- |");
    }
    out.append(rule).append('\n');
    rows.forEach(r -> out.append(row(r)));
    out.append('\n');
  }

  private static String row(List<String> cells) {
    StringBuilder row = new StringBuilder("|");
    // A pipe inside a cell would end it.
    cells.forEach(c -> row.append(' ').append(c.replace("|", "\\|")).append(" |"));
    return row.append('\n').toString();
  }

  private static double min(double[] values) {
    return Arrays.stream(values).min().orElseThrow();
  }

  private static double max(double[] values) {
    return Arrays.stream(values).max().orElseThrow();
  }

  private static <T> T last(List<T> list) {
    return list.get(list.size() - 1);
  }

  /** {@code lo to hi}, or one value when both read the same. */
  private static String span(String lo, String hi, String unit) {
    return (lo.equals(hi) ? lo : lo + " to " + hi) + unit;
  }

  private static String accuracy(MeanInterval a) {
    return a.hasInterval()
        ? String.format(Locale.ROOT, "%.1f ± %.1f", 100 * a.mean(), 100 * a.halfWidth())
        : String.format(Locale.ROOT, "%.1f", 100 * a.mean());
  }

  private static String percent(double accuracy) {
    return String.format(Locale.ROOT, "%.1f", 100 * accuracy);
  }

  private static String points(double gap) {
    return String.format(Locale.ROOT, "%+.1f", 100 * gap);
  }

  /** A count (memory devices, synapses), rounded, with thousands separators. */
  private static String memory(double devices) {
    return String.format(Locale.ROOT, "%,.0f", devices);
  }

  private static String ratio(double r) {
    return String.format(Locale.ROOT, r < 10 ? "%.2fx" : r < 100 ? "%.1fx" : "%,.0fx", r);
  }

  private static String memoryRange(ParetoFront f) {
    return f.isEmpty() ? "nothing" : span(memory(f.minCost()), memory(f.maxCost()), "");
  }

  private static String accuracyRange(ParetoFront f) {
    return f.isEmpty() ? "nothing" : span(percent(f.minAccuracy()), percent(f.maxAccuracy()), "");
  }
}
