package org.rewire.runtime.sweep;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.rewire.runtime.config.StrictMapper;
import org.rewire.runtime.config.ValueOverride;
import org.rewire.runtime.metrics.Metric;
import org.rewire.runtime.metrics.MetricEntry;
import org.rewire.runtime.metrics.MetricFamily;
import org.rewire.runtime.metrics.MetricsRow;
import org.rewire.runtime.metrics.RunMetrics;
import org.rewire.runtime.output.AtomicFiles;
import org.rewire.runtime.output.RunFolder;
import org.rewire.runtime.train.RunSummary;

/**
 * {@code results.csv} and {@code results.json}: one row per run in plan order (not the order runs
 * finish), with the run id, each swept parameter, the status and the run's figures from its {@code
 * summary.json}: test accuracy, memory, synapses and mappability at the selected epoch (the best
 * validation epoch, or the last without a validation split; {@code selection} says which), beside
 * the test accuracy after the last epoch: the {@link RunMetrics#RESULTS} metrics, in that order,
 * read from {@link RunSummary#asRow()} ({@code wall_seconds} rounded to 0.1 s). Pending and failed
 * runs have empty figures. Both files are rewritten atomically, so a reader never sees half a
 * table.
 */
final class ResultsTable {
  static final String CSV = "results.csv";
  static final String JSON = "results.json";

  private ResultsTable() {}

  /** The rows of {@code plan} given each run's result, as ordered column-to-value maps. */
  static List<Map<String, Object>> rows(SweepPlan plan, List<RunResult> results) {
    List<MetricsRow> figures =
        results.stream().map(r -> r.summary() == null ? null : r.summary().asRow()).toList();
    List<Map<String, Object>> rows = new ArrayList<>();
    for (int i = 0; i < plan.runs().size(); i++) {
      PlannedRun run = plan.runs().get(i);
      RunResult result = results.get(i);
      MetricsRow s = figures.get(i);
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("run_id", run.id());
      for (String key : plan.parameters()) {
        row.put(
            key,
            run.overrides().stream()
                .filter(o -> o.key().equals(key))
                .map(ValueOverride::value)
                .reduce((a, b) -> b)
                .orElse(null));
      }
      row.put("status", result.status().name().toLowerCase(Locale.ROOT));
      for (MetricEntry entry : RunMetrics.RESULTS) {
        for (Metric<?> metric : columns(entry, figures)) {
          Object value = s == null ? null : s.find(metric).orElse(null);
          row.put(
              metric.name(),
              metric.equals(RunMetrics.WALL_SECONDS) && value != null
                  ? round((Double) value)
                  : value);
        }
      }
      row.put("error", result.error());
      rows.add(row);
    }
    return rows;
  }

  /** The columns of {@code entry}: a metric itself, or every member any run's figures hold. */
  private static List<? extends Metric<?>> columns(MetricEntry entry, List<MetricsRow> figures) {
    if (entry instanceof MetricFamily<?> family) {
      Set<String> keys = new TreeSet<>();
      figures.stream().filter(f -> f != null).forEach(f -> keys.addAll(f.members(family).keySet()));
      return keys.stream().map(family::of).toList();
    }
    return List.of((Metric<?>) entry);
  }

  /** Writes both files into {@code folder}. */
  static void write(Path folder, List<Map<String, Object>> rows) throws IOException {
    AtomicFiles.writeString(folder.resolve(CSV), csv(rows));
    AtomicFiles.write(folder.resolve(JSON), out -> RunFolder.JSON.writeValue(out, rows));
  }

  static String csv(List<Map<String, Object>> rows) {
    StringBuilder out = new StringBuilder();
    out.append(String.join(",", rows.get(0).keySet().stream().map(ResultsTable::cell).toList()));
    out.append('\n');
    for (Map<String, Object> row : rows) {
      out.append(String.join(",", row.values().stream().map(ResultsTable::cell).toList()));
      out.append('\n');
    }
    return out.toString();
  }

  /** A CSV cell: empty for none, mappings and lists as compact JSON, quoted when needed. */
  private static String cell(Object value) {
    String text;
    if (value == null) {
      text = "";
    } else if (value instanceof JsonNode node && !node.isValueNode()) {
      try {
        text = StrictMapper.binder().writeValueAsString(node);
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("a parsed YAML value always serializes", e);
      }
    } else if (value instanceof JsonNode node) {
      text = node.isNull() ? "" : node.asText();
    } else {
      text = value.toString();
    }
    if (text.contains(",") || text.contains("\"") || text.contains("\n")) {
      return '"' + text.replace("\"", "\"\"") + '"';
    }
    return text;
  }

  private static double round(double seconds) {
    return Math.round(seconds * 10) / 10.0;
  }
}
