package org.rewire.runtime.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.rewire.runtime.config.Describe;
import org.rewire.runtime.config.ExperimentFileException;
import org.rewire.runtime.config.ExperimentReader;
import org.rewire.runtime.config.LocatedTree;
import org.rewire.runtime.config.Overrides;
import org.rewire.runtime.config.ValueOverride;
import org.rewire.runtime.config.YamlPaths;

/**
 * Reads a sweep file strictly: unknown keys, wrong types and empty value lists are errors at their
 * {@code file:line:col}. Values are not checked here: they are applied to the experiment, which
 * reports a wrong one at the place the sweep file writes it.
 *
 * <pre>
 * experiment: base.yaml          # relative to the sweep file
 * name: my-sweep                 # default: the sweep file's name
 * grid:                          # every combination, the first key varying slowest
 *   seed: [1, 2, 3]
 *   sparsifier.profile: [{1: 0.5}, {1: 1.0, 3: 0.1}]
 * runs:                          # optional extra runs, after the grid's
 *   - {seed: 1, training.epochs: 20}
 * workers: 0                     # 0: as many as fit the cores
 * output: {dir: sweeps}          # sweep folder: output.dir/name
 * slurm: {partition: cpu, cpus_per_task: 4, memory: 8G, time: "2:00:00"}   # see SlurmSection
 * </pre>
 */
public final class SweepReader {
  private static final List<String> KEYS =
      List.of("experiment", "name", "grid", "runs", "workers", "output", SlurmSection.KEY);

  private final Path file;
  private final LocatedTree tree;

  private SweepReader(Path file) {
    this.file = file;
    this.tree = ExperimentReader.readTree(file);
  }

  /**
   * Reads {@code file}.
   *
   * @throws ExperimentFileException on a mistake, at its location
   * @throws org.rewire.runtime.UserInputException if the file cannot be read
   */
  public static SweepFile read(Path file) {
    return new SweepReader(file).bind();
  }

  private SweepFile bind() {
    for (Iterator<String> it = tree.root().fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!KEYS.contains(key)) {
        // An experiment file (dataset:, target:, ...) handed to sweep.
        String hint =
            !tree.root().has("experiment") && tree.root().has("dataset")
                ? " (this is an experiment file: run it with `rewire run`; a sweep file names one"
                    + " with experiment: and varies it with grid:)"
                : "";
        throw error(
            tree.keyLocation("/" + key),
            key,
            "unknown key '" + key + "'; expected one of: " + String.join(", ", KEYS) + hint);
      }
    }
    String experiment = text("/experiment", null);
    Path parent = file.toAbsolutePath().getParent();
    String stem = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
    String name = text("/name", stem.isEmpty() ? "sweep" : stem);
    if (!name.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,127}")) {
      throw error(
          tree.valueLocation("/name"),
          "name",
          "must be a plain folder name (letters, digits, '.', '_', '-'), got '" + name + "'");
    }
    List<SweepFile.Axis> grid = grid();
    List<List<ValueOverride>> runs = runs();
    if (grid.isEmpty() && runs.isEmpty()) {
      throw error(tree.valueLocation(""), "", "expected 'grid:' or 'runs:' with at least one run");
    }
    JsonNode workers = tree.root().get("workers");
    if (workers != null && (!workers.canConvertToInt() || workers.asInt() < 0)) {
      throw error(
          tree.valueLocation("/workers"),
          "workers",
          "expected an integer >= 0 (0: as many as fit the cores), got " + Describe.node(workers));
    }
    JsonNode output = tree.root().get("output");
    if (output != null
        && (!output.isObject()
            || output.size() > 1
            || (output.size() == 1 && !output.has("dir")))) {
      throw error(tree.valueLocation("/output"), "output", "expected {dir: FOLDER}, got " + output);
    }
    Path base = parent.resolve(experiment);
    if (!Files.isRegularFile(base)) {
      throw error(
          tree.valueLocation("/experiment"),
          "experiment",
          "no experiment file " + base + " (the path is relative to the sweep file)");
    }
    return new SweepFile(
        file,
        base,
        name,
        grid,
        runs,
        workers == null ? 0 : workers.asInt(),
        Path.of(text("/output/dir", "sweeps")),
        SlurmSection.read(tree));
  }

  private List<SweepFile.Axis> grid() {
    JsonNode grid = tree.root().get("grid");
    List<SweepFile.Axis> axes = new ArrayList<>();
    if (grid == null) {
      return axes;
    }
    requireMapping(grid, "/grid", "a mapping of dotted keys to lists of values");
    for (Iterator<Map.Entry<String, JsonNode>> it = grid.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String pointer = YamlPaths.child("/grid", e.getKey());
      checkKey(e.getKey(), pointer);
      if (!e.getValue().isArray() || e.getValue().isEmpty()) {
        throw error(
            tree.valueLocation(pointer),
            "grid." + e.getKey(),
            "expected a non-empty list of values, e.g. [1, 2, 3], got "
                + Describe.node(e.getValue()));
      }
      List<ValueOverride> values = new ArrayList<>();
      for (int i = 0; i < e.getValue().size(); i++) {
        values.add(
            new ValueOverride(
                e.getKey(), e.getValue().get(i), tree.valueLocation(pointer + "/" + i)));
      }
      axes.add(new SweepFile.Axis(e.getKey(), values));
    }
    return axes;
  }

  private List<List<ValueOverride>> runs() {
    JsonNode runs = tree.root().get("runs");
    List<List<ValueOverride>> all = new ArrayList<>();
    if (runs == null) {
      return all;
    }
    if (!runs.isArray()) {
      throw error(
          tree.valueLocation("/runs"),
          "runs",
          "expected a list of mappings of dotted keys to values, got " + Describe.node(runs));
    }
    for (int r = 0; r < runs.size(); r++) {
      String runPointer = "/runs/" + r;
      requireMapping(runs.get(r), runPointer, "a mapping of dotted keys to values");
      List<ValueOverride> run = new ArrayList<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = runs.get(r).fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        String pointer = YamlPaths.child(runPointer, e.getKey());
        checkKey(e.getKey(), pointer);
        run.add(new ValueOverride(e.getKey(), e.getValue(), tree.valueLocation(pointer)));
      }
      all.add(run);
    }
    return all;
  }

  private void checkKey(String key, String pointer) {
    if (!Overrides.isKey(key)) {
      throw error(
          tree.keyLocation(pointer),
          YamlPaths.dotted(pointer),
          "expected a dotted key like training.epochs, got '" + key + "'");
    }
  }

  private void requireMapping(JsonNode node, String pointer, String expected) {
    if (!node.isObject()) {
      throw error(
          tree.valueLocation(pointer),
          YamlPaths.dotted(pointer),
          "expected " + expected + ", got " + Describe.node(node));
    }
  }

  private String text(String pointer, String fallback) {
    JsonNode node = tree.at(pointer);
    if (node.isMissingNode() && fallback != null) {
      return fallback;
    }
    if (!node.isTextual() || node.asText().isBlank()) {
      String what = node.isMissingNode() ? "missing required key" : "expected a non-empty string";
      throw error(
          tree.valueLocation(pointer),
          YamlPaths.dotted(pointer),
          what + (node.isMissingNode() ? "" : ", got " + Describe.node(node)));
    }
    return node.asText();
  }

  private static ExperimentFileException error(
      org.rewire.runtime.config.SourceLocation at, String path, String problem) {
    return new ExperimentFileException(at, path, problem);
  }
}
