package org.rewire.runtime.report;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
  private static final List<String> SPLITS = List.of("train", "validation", "test");
  // Styles by split, so train, validation and test keep their colours in every panel.
  private static final List<Integer> SPLIT_STYLES = List.of(0, 2, 1);
  // The network's size per epoch: column, panel title, axis label.
  private static final String[][] SIZES = {
    {"memory", "Memory of the mapped network", "memory (devices)"},
    {"synapses", "Synapses", "synapses"}
  };

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
    List<Map<String, Object>> rows =
        RunFolder.JSON.readValue(metrics.toFile(), new TypeReference<>() {});
    if (rows.isEmpty()) {
      return false;
    }
    String title = "Learning curves: " + folder.toAbsolutePath().normalize().getFileName();
    Chart.writePng(folder.resolve(NAME), Chart.draw(title, panels(rows), 2, 600, 420));
    return true;
  }

  /** The panels for metrics {@code rows}: accuracy and loss, then memory and synapses if any. */
  static List<Panel> panels(List<Map<String, Object>> rows) {
    Axis epoch = Axis.integers("epoch");
    List<Panel> panels = new ArrayList<>();
    panels.add(
        new Panel(
            "Accuracy",
            epoch,
            Axis.linear("accuracy (%)").within(0, 100),
            bySplit(rows, "_accuracy", 100),
            List.of()));
    panels.add(
        new Panel(
            "Loss",
            epoch,
            Axis.linear("cross-entropy loss"),
            bySplit(rows, "_loss", 1),
            List.of()));
    boolean unmappable = rows.stream().anyMatch(r -> Boolean.FALSE.equals(r.get("mappable")));
    for (String[] size : SIZES) {
      if (rows.get(0).containsKey(size[0])) {
        List<String> notes =
            size[0].equals("memory") && unmappable
                ? List.of("hollow: not mappable after that epoch")
                : List.of();
        panels.add(
            new Panel(
                size[1],
                epoch,
                Axis.linear(size[2]),
                List.of(series(rows, size[0], size[0], 0, 1)),
                notes));
      }
    }
    return panels;
  }

  private static List<Series> bySplit(List<Map<String, Object>> rows, String suffix, double scale) {
    List<Series> series = new ArrayList<>();
    for (int i = 0; i < SPLITS.size(); i++) {
      String column = SPLITS.get(i) + suffix;
      if (rows.stream().anyMatch(r -> r.containsKey(column))) {
        series.add(series(rows, column, SPLITS.get(i), SPLIT_STYLES.get(i), scale));
      }
    }
    return series;
  }

  /** One column per epoch as markers joined by a line; an unmappable epoch's marker is hollow. */
  private static Series series(
      List<Map<String, Object>> rows, String column, String label, int style, double scale) {
    List<Mark> marks = new ArrayList<>();
    List<Point> line = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      Map<String, Object> row = rows.get(i);
      double x = number(row.get("epoch"), i + 1);
      double y = number(row.get(column), Double.NaN) * scale;
      if (Double.isNaN(y)) {
        continue;
      }
      boolean hollow = column.equals("memory") && Boolean.FALSE.equals(row.get("mappable"));
      marks.add(new Mark(x, y, Double.NaN, Double.NaN, hollow, null));
      line.add(new Point(x, y));
    }
    return new Series(label, style, marks, line);
  }

  /** A metrics value as a number: JSON numbers, and NaN or infinities written as strings. */
  private static double number(Object value, double fallback) {
    if (value instanceof Number n) {
      return n.doubleValue();
    }
    if (value instanceof String s) {
      try {
        return Double.parseDouble(s);
      } catch (NumberFormatException e) {
        return fallback;
      }
    }
    return fallback;
  }
}
