package org.rewire.runtime.train;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.rewire.runtime.metrics.EpochMetrics;
import org.rewire.runtime.metrics.MetricsRow;
import org.rewire.runtime.output.AtomicFiles;
import org.rewire.runtime.output.RunFolder;

/**
 * One row of metrics per epoch ({@link EpochMetrics}), rewritten to {@code metrics.csv} and {@code
 * metrics.json} after every epoch (atomically, so a crash keeps the previous complete file).
 * Columns are the union of the rows' metrics in first-seen order; numbers are written in Java's
 * shortest exact form, so equal runs give byte-identical files.
 */
public final class MetricsLog {
  /** The CSV file's name in a run folder. */
  public static final String CSV = "metrics.csv";

  /** The JSON file's name in a run folder: an array of rows, keys sorted. */
  public static final String JSON = "metrics.json";

  private final Path folder;
  private final List<MetricsRow> rows = new ArrayList<>();

  public MetricsLog(Path folder) {
    this(folder, List.of());
  }

  /** A log that continues after {@code earlier} rows (a resumed run's); writes nothing yet. */
  public MetricsLog(Path folder, List<MetricsRow> earlier) {
    this.folder = folder;
    earlier.forEach(r -> rows.add(r.copy()));
  }

  /** Appends a copy of {@code row} and rewrites both files. */
  public void append(MetricsRow row) throws IOException {
    rows.add(row.copy());
    AtomicFiles.writeString(folder.resolve(CSV), csv());
    AtomicFiles.writeString(
        folder.resolve(JSON),
        RunFolder.JSON.writeValueAsString(rows.stream().map(MetricsRow::asMap).toList()) + "\n");
  }

  /** Copies of the rows so far, in epoch order. */
  public List<MetricsRow> rows() {
    return rows.stream().map(MetricsRow::copy).toList();
  }

  String csv() {
    Set<String> columns = new LinkedHashSet<>();
    rows.forEach(r -> columns.addAll(r.asMap().keySet()));
    StringBuilder out = new StringBuilder(String.join(",", columns)).append('\n');
    for (MetricsRow row : rows) {
      boolean first = true;
      for (String c : columns) {
        out.append(first ? "" : ",").append(format(row.asMap().get(c)));
        first = false;
      }
      out.append('\n');
    }
    return out.toString();
  }

  private static String format(Object value) {
    if (value == null) {
      return "";
    }
    String text = value.toString();
    return text.contains(",") || text.contains("\"")
        ? '"' + text.replace("\"", "\"\"") + '"'
        : text;
  }
}
