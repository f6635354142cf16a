package org.rewire.runtime.metrics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every metric Rewire writes, with the files that hold it: epoch rows ({@link EpochMetrics#ROW}),
 * run summaries ({@link RunMetrics#SUMMARY}) and sweep results ({@link RunMetrics#RESULTS}).
 * Reading a file resolves its column names here ({@link #resolve}); the README's table of metrics
 * is {@link #markdownTable()}, which a test keeps in step.
 */
public final class MetricsSchema {
  private MetricsSchema() {}

  /** The files a metric appears in, as the README's table names them. */
  public enum File {
    METRICS("metrics", EpochMetrics.ROW),
    SUMMARY("summary", RunMetrics.SUMMARY),
    RESULTS("results", RunMetrics.RESULTS);

    private final String label;
    private final List<MetricEntry> entries;

    File(String label, List<MetricEntry> entries) {
      this.label = label;
      this.entries = entries;
    }

    /** The metrics this file holds, in its order. */
    public List<MetricEntry> entries() {
      return entries;
    }
  }

  /** Every entry once: the epoch row's first, then the run's own, in file order. */
  public static List<MetricEntry> entries() {
    Set<MetricEntry> all = new LinkedHashSet<>();
    for (File file : File.values()) {
      all.addAll(file.entries);
    }
    return List.copyOf(all);
  }

  /**
   * The metric a column named {@code name} holds: a declared metric, or a member of a family whose
   * prefix it has ({@code memory_NT}, {@code sparsifier_pruned}).
   */
  public static Optional<Metric<?>> resolve(String name) {
    List<MetricFamily<?>> families = new ArrayList<>();
    for (MetricEntry entry : entries()) {
      if (entry instanceof Metric<?> metric && metric.name().equals(name)) {
        return Optional.of(metric);
      }
      if (entry instanceof MetricFamily<?> family) {
        families.add(family);
      }
    }
    return families.stream().<Metric<?>>flatMap(f -> f.match(name).stream()).findFirst();
  }

  /**
   * The schema as a Markdown table: name, type, unit, the files that hold it ({@code metrics}:
   * {@code metrics.csv}/{@code .json}; {@code summary}: {@code summary.json}; {@code results}: a
   * sweep's {@code results.csv}/{@code .json}) and meaning; one line per entry, ending in a
   * newline.
   */
  public static String markdownTable() {
    Map<MetricEntry, List<String>> where = new LinkedHashMap<>();
    for (File file : File.values()) {
      for (MetricEntry entry : file.entries) {
        String label = file.label;
        if (file == File.SUMMARY && entry instanceof MetricFamily<?> family) {
          label += family.groupName().map(g -> " (`" + g + "`)").orElse("");
        }
        where.computeIfAbsent(entry, e -> new ArrayList<>()).add(label);
      }
    }
    StringBuilder out = new StringBuilder("| name | type | unit | in | meaning |\n");
    out.append("|---|---|---|---|---|\n");
    where.forEach(
        (entry, files) ->
            out.append("| `")
                .append(entry.name())
                .append("` | ")
                .append(entry.type().label())
                .append(" | ")
                .append(entry.unit().isEmpty() ? "" : entry.unit())
                .append(" | ")
                .append(String.join(", ", files))
                .append(" | ")
                .append(entry.meaning().replace("|", "\\|"))
                .append(" |\n"));
    return out.toString();
  }
}
