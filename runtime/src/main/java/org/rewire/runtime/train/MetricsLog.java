package org.rewire.runtime.train;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rewire.runtime.output.AtomicFiles;
import org.rewire.runtime.output.RunFolder;

/**
 * One row of metrics per epoch, rewritten to {@code metrics.csv} and {@code metrics.json} after
 * every epoch (atomically, so a crash keeps the previous complete file). Columns are the union of
 * the rows' keys in first-seen order; numbers are written in Java's shortest exact form, so equal
 * runs give byte-identical files.
 */
public final class MetricsLog {
  private final Path folder;
  private final List<Map<String, Object>> rows = new ArrayList<>();

  public MetricsLog(Path folder) {
    this(folder, List.of());
  }

  /** A log that continues after {@code earlier} rows (a resumed run's); writes nothing yet. */
  public MetricsLog(Path folder, List<Map<String, Object>> earlier) {
    this.folder = folder;
    earlier.forEach(r -> rows.add(new LinkedHashMap<>(r)));
  }

  /** Appends a row and rewrites both files. */
  public void append(Map<String, Object> row) throws IOException {
    rows.add(new LinkedHashMap<>(row));
    AtomicFiles.writeString(folder.resolve("metrics.csv"), csv());
    AtomicFiles.writeString(
        folder.resolve("metrics.json"), RunFolder.JSON.writeValueAsString(rows) + "\n");
  }

  /** The rows so far. */
  public List<Map<String, Object>> rows() {
    return List.copyOf(rows);
  }

  String csv() {
    Set<String> columns = new LinkedHashSet<>();
    rows.forEach(r -> columns.addAll(r.keySet()));
    StringBuilder out = new StringBuilder(String.join(",", columns)).append('\n');
    for (Map<String, Object> row : rows) {
      boolean first = true;
      for (String c : columns) {
        out.append(first ? "" : ",").append(format(row.get(c)));
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
