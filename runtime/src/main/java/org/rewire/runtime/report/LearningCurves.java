package org.rewire.runtime.report;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.rewire.runtime.metrics.EpochMetrics;
import org.rewire.runtime.metrics.Metric;
import org.rewire.runtime.metrics.MetricsRow;
import org.rewire.runtime.metrics.SplitMetrics;
import org.rewire.runtime.output.RunFolder;
import org.rewire.runtime.report.chart.Axis;
import org.rewire.runtime.report.chart.Chart;
import org.rewire.runtime.report.chart.Mark;
import org.rewire.runtime.report.chart.Panel;
import org.rewire.runtime.report.chart.Point;
import org.rewire.runtime.report.chart.Series;

/**
 * {@code curves.png} in a run folder: accuracy and loss per epoch (train, and validation and test
 * where the run has them), and memory and synapses per epoch where the run records them, drawn from
 * the run's {@code metrics.json}. Epochs where the network was not mappable are hollow in the
 * memory panel. Working from the file rather than from the trainer keeps this independent of how
 * training is organised: a resumed run's file holds every epoch.
 */
public final class LearningCurves {
  /** The file name inside a run folder. */
  public static final String NAME = "curves.png";

  private static final String METRICS = "metrics.json";
  private static final List<SplitMetrics> SPLITS =
      List.of(EpochMetrics.TRAIN, EpochMetrics.VALIDATION, EpochMetrics.TEST);
  // Styles by split, so train, validation and test keep their colours in every panel.
  private static final List<Integer> SPLIT_STYLES = List.of(0, 2, 1);

  // The network's size per epoch: metric, panel title, axis label.
  private record Size(Metric<Long> metric, String title, String axis) {}

  private static final List<Size> SIZES =
      List.of(
          new Size(EpochMetrics.MEMORY, "Memory of the mapped network", "memory (devices)"),
          new Size(EpochMetrics.SYNAPSES, "Synapses", "synapses"));

  private LearningCurves() {}

  /**
   * Draws the curves of the run in {@code folder} into its {@code curves.png}, atomically.
   *
   * @return false, writing nothing, when the run recorded no epoch
   */
  public static boolean write(Path folder) throws IOException {
    Path metrics = folder.resolve(METRICS);
    if (!Files.isRegularFile(metrics)) {
      return false;
    }
    List<Map<String, Object>> raw =
        RunFolder.JSON.readValue(metrics.toFile(), new TypeReference<>() {});
    List<MetricsRow> rows = raw.stream().map(MetricsRow::of).toList();
    if (rows.isEmpty()) {
      return false;
    }
    String title = "Learning curves: " + folder.toAbsolutePath().normalize().getFileName();
    Chart.writePng(folder.resolve(NAME), Chart.draw(title, panels(rows), 2, 600, 420));
    return true;
  }

  /** The panels for metrics {@code rows}: accuracy and loss, then memory and synapses if any. */
  static List<Panel> panels(List<MetricsRow> rows) {
    Axis epoch = Axis.integers("epoch");
    List<Panel> panels = new ArrayList<>();
    panels.add(
        new Panel(
            "Accuracy",
            epoch,
            Axis.linear("accuracy (%)").within(0, 100),
            bySplit(rows, SplitMetrics::accuracy, 100),
            List.of()));
    panels.add(
        new Panel(
            "Loss",
            epoch,
            Axis.linear("cross-entropy loss"),
            bySplit(rows, SplitMetrics::loss, 1),
            List.of()));
    boolean unmappable = rows.stream().anyMatch(LearningCurves::unmappable);
    for (Size size : SIZES) {
      if (rows.get(0).has(size.metric())) {
        List<String> notes =
            size.metric().equals(EpochMetrics.MEMORY) && unmappable
                ? List.of("hollow: not mappable after that epoch")
                : List.of();
        panels.add(
            new Panel(
                size.title(),
                epoch,
                Axis.linear(size.axis()),
                List.of(series(rows, size.metric(), size.metric().name(), 0, 1)),
                notes));
      }
    }
    return panels;
  }

  private static List<Series> bySplit(
      List<MetricsRow> rows, Function<SplitMetrics, Metric<Double>> column, double scale) {
    List<Series> series = new ArrayList<>();
    for (int i = 0; i < SPLITS.size(); i++) {
      Metric<Double> metric = column.apply(SPLITS.get(i));
      if (rows.stream().anyMatch(r -> r.has(metric))) {
        series.add(series(rows, metric, SPLITS.get(i).split(), SPLIT_STYLES.get(i), scale));
      }
    }
    return series;
  }

  /** One column per epoch as markers joined by a line; an unmappable epoch's marker is hollow. */
  private static Series series(
      List<MetricsRow> rows,
      Metric<? extends Number> column,
      String label,
      int style,
      double scale) {
    List<Mark> marks = new ArrayList<>();
    List<Point> line = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      MetricsRow row = rows.get(i);
      double x = row.find(EpochMetrics.EPOCH).map(Long::doubleValue).orElse(i + 1.0);
      double y = row.find(column).map(Number::doubleValue).orElse(Double.NaN) * scale;
      if (Double.isNaN(y)) {
        continue;
      }
      boolean hollow = column.equals(EpochMetrics.MEMORY) && unmappable(row);
      marks.add(new Mark(x, y, Double.NaN, Double.NaN, hollow, null));
      line.add(new Point(x, y));
    }
    return new Series(label, style, marks, line);
  }

  private static boolean unmappable(MetricsRow row) {
    return row.find(EpochMetrics.MAPPABLE).equals(Optional.of(false));
  }
}
