package org.rewire.runtime.report.sweep;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rewire.runtime.UserInputException;
import org.rewire.runtime.output.AtomicFiles;
import org.rewire.runtime.report.chart.Chart;
import org.rewire.runtime.report.chart.Point;

/**
 * The report of one or more sweep folders ({@code rewire report}): finished runs grouped into
 * points (one series per sparsifier), each series' Pareto fronts of accuracy vs memory and vs
 * synapses, and the reference series compared with each other series at equal memory and at equal
 * accuracy. Writes {@value #MARKDOWN}, {@value #CSV} and two PNG charts.
 */
public final class SweepReport {
  /** The paper's method: the default reference series when present. */
  public static final String DEFAULT_REFERENCE = "routing-aware-deepr";

  public static final String MARKDOWN = "report.md";
  public static final String CSV = "points.csv";
  public static final String MEMORY_CHART = "accuracy-vs-memory.png";
  public static final String SYNAPSE_CHART = "accuracy-vs-synapses.png";

  private final List<SweepFolder> folders;
  private final PointSet points;
  private final String reference;
  private final Map<Cost, Map<String, ParetoFront>> fronts = new EnumMap<>(Cost.class);
  private final List<FrontComparison> comparisons;

  private SweepReport(List<SweepFolder> folders, PointSet points, String reference) {
    this.folders = List.copyOf(folders);
    this.points = points;
    this.reference = reference;
    for (Cost cost : Cost.values()) {
      fronts.put(cost, computeFronts(cost));
    }
    Map<String, ParetoFront> memoryFronts = fronts.get(Cost.MEMORY);
    List<FrontComparison> comparisons = new ArrayList<>();
    for (String series : points.series()) {
      if (!series.equals(reference)) {
        comparisons.add(
            new FrontComparison(
                reference, series, memoryFronts.get(reference), memoryFronts.get(series)));
      }
    }
    this.comparisons = List.copyOf(comparisons);
  }

  /**
   * Reads {@code folders} and groups their finished runs.
   *
   * @param reference the series the others are compared with; null for {@link #DEFAULT_REFERENCE}
   *     when present, else the first series
   * @throws UserInputException when a folder is not a sweep folder, a run folder is incomplete, no
   *     run has finished, a folder is given twice or the reference has no runs
   */
  public static SweepReport of(List<Path> folders, String reference) {
    List<SweepFolder> read = new ArrayList<>();
    List<SweepRun> runs = new ArrayList<>();
    for (Path folder : folders) {
      SweepFolder sweep = SweepFolder.read(folder);
      for (SweepFolder earlier : read) {
        if (earlier.path().equals(sweep.path())) {
          throw new UserInputException(folder + ": given twice");
        }
      }
      read.add(sweep);
      runs.addAll(sweep.runs());
    }
    if (runs.isEmpty()) {
      throw new UserInputException(noRuns(read));
    }
    PointSet grouped = PointSet.of(runs, reference == null ? DEFAULT_REFERENCE : reference);
    if (reference != null && !grouped.series().contains(reference)) {
      throw new UserInputException(
          "--reference "
              + reference
              + ": no such series; the series are "
              + String.join(", ", grouped.series()));
    }
    return new SweepReport(read, grouped, grouped.series().get(0));
  }

  private static String noRuns(List<SweepFolder> folders) {
    StringBuilder line = new StringBuilder("no finished run with a test accuracy in");
    String sep = " ";
    for (SweepFolder f : folders) {
      line.append(sep)
          .append(f.path())
          .append(
              String.format(
                  Locale.ROOT,
                  " (%d runs: %d done, %d failed, %d pending%s)",
                  f.planned(),
                  f.done(),
                  f.failed(),
                  f.pending(),
                  f.withoutAccuracy() > 0
                      ? "; " + f.withoutAccuracy() + " done without a test split"
                      : ""));
      sep = ", ";
    }
    return line.toString();
  }

  private Map<String, ParetoFront> computeFronts(Cost cost) {
    Map<String, ParetoFront> fronts = new LinkedHashMap<>();
    for (String series : points.series()) {
      List<Point> xy = new ArrayList<>();
      for (ReportPoint p : points.of(series)) {
        xy.add(new Point(cost.of(p), p.accuracy().mean()));
      }
      fronts.put(series, ParetoFront.of(xy));
    }
    return fronts;
  }

  /** The folders read, in the order given. */
  public List<SweepFolder> folders() {
    return folders;
  }

  /** The points. */
  public PointSet points() {
    return points;
  }

  /** Runs whose reported epoch was selected on a validation split, over every point. */
  public int selectedOnValidation() {
    return points.points().stream().mapToInt(ReportPoint::selectedOnValidation).sum();
  }

  /** Runs in the points (each point's seeds). */
  public int runs() {
    return points.points().stream().mapToInt(ReportPoint::n).sum();
  }

  /** The series the others are compared with. */
  public String reference() {
    return reference;
  }

  /** The reference compared with each other series, in series order. */
  public List<FrontComparison> comparisons() {
    return comparisons;
  }

  /** Each series' front of accuracy vs {@code cost}, in series order. */
  public Map<String, ParetoFront> fronts(Cost cost) {
    return fronts.get(cost);
  }

  /** Whether {@code p} is on its series' front of accuracy vs {@code cost}. */
  boolean onFront(Cost cost, ReportPoint p) {
    return fronts(cost).get(p.series()).contains(new Point(cost.of(p), p.accuracy().mean()));
  }

  /**
   * Writes the report's files into {@code output}, each atomically.
   *
   * @return the files written
   */
  public List<Path> write(Path output) throws IOException {
    List<Path> files =
        List.of(
            output.resolve(MARKDOWN),
            output.resolve(CSV),
            output.resolve(MEMORY_CHART),
            output.resolve(SYNAPSE_CHART));
    AtomicFiles.writeString(files.get(0), ReportMarkdown.render(this));
    AtomicFiles.writeString(files.get(1), PointsCsv.render(this));
    Chart.writePng(files.get(2), ReportCharts.draw(this, Cost.MEMORY));
    Chart.writePng(files.get(3), ReportCharts.draw(this, Cost.SYNAPSES));
    return files;
  }
}
