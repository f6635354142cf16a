package org.rewire.runtime.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rewire.api.Capacity;
import org.rewire.api.ElementUsage;
import org.rewire.api.MappingReport;
import org.rewire.api.Violation;
import org.rewire.runtime.output.AtomicFiles;
import org.rewire.runtime.output.RunFolder;

/**
 * The JSON form of a {@link MappingReport} ({@code mapping.json} in a run folder): the summary
 * first (target, sizes, {@code mappable}, memory in total and by kind), then the violations, then
 * every element with its grid position, memory and port loads. Keys are snake_case.
 */
public final class MappingReportJson {
  /** The file name inside a run folder. */
  public static final String NAME = "mapping.json";

  private MappingReportJson() {}

  /** The report as a tree of maps and lists, keys in a stable order. */
  public static Map<String, Object> of(MappingReport report) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("target", report.target());
    json.put("neurons", report.neurons());
    json.put("synapses", report.synapses());
    json.put("links", report.links());
    json.put("mappable", report.mappable());
    json.put("total_memory", report.totalMemory());
    json.put("memory_unit", report.memoryUnit());
    json.put("memory_by_kind", report.memoryByKind());
    List<Map<String, Object>> violations = new ArrayList<>();
    for (Violation v : report.violations()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("element", v.element());
      m.put("capacity", v.capacity());
      m.put("unit", v.unit());
      m.put("load", v.load());
      m.put("limit", v.limit());
      m.put("load_unit", v.loadUnit().name().toLowerCase(java.util.Locale.ROOT));
      m.put("blamed_synapses", v.blamed().count());
      m.put("blamed_sources", v.blamed().sources());
      violations.add(m);
    }
    json.put("violations", violations);
    List<Map<String, Object>> elements = new ArrayList<>();
    for (ElementUsage e : report.elements()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", e.id());
      m.put("kind", e.kind());
      m.put("row", e.row());
      m.put("col", e.col());
      m.put("memory", e.memory());
      List<Map<String, Object>> capacities = new ArrayList<>();
      for (Capacity c : e.capacities()) {
        Map<String, Object> cm = new LinkedHashMap<>();
        cm.put("name", c.name());
        cm.put("unit", c.unit());
        cm.put("used", c.used());
        cm.put("limit", c.limit());
        capacities.add(cm);
      }
      m.put("capacities", capacities);
      elements.add(m);
    }
    json.put("elements", elements);
    return json;
  }

  /** Writes the report to {@code file} atomically. */
  public static void write(Path file, MappingReport report) throws IOException {
    // Insertion order is the documented order, so keys are not re-sorted.
    String text =
        RunFolder.JSON
            .writer()
            .without(com.fasterxml.jackson.databind.SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .writeValueAsString(of(report));
    AtomicFiles.writeString(file, text + System.lineSeparator());
  }
}
