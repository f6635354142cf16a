package org.rewire.runtime.report.sweep;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rewire.runtime.UserInputException;
import org.rewire.runtime.config.StrictMapper;
import org.rewire.runtime.metrics.EpochMetrics;
import org.rewire.runtime.metrics.Metric;
import org.rewire.runtime.metrics.RunMetrics;
import org.rewire.runtime.output.RunFolder;

/**
 * A sweep folder read for a report: its {@code results.json} (one row per planned run, written by
 * {@code rewire sweep}) and, for every run marked done, the run folder's resolved {@code
 * config.yaml} (the sparsifier type and what else the run was) and {@code params.json} (what the
 * sweep changed). A run's figures are those of its selected epoch ({@code selection}: the best
 * validation epoch, or the last); tables written before selection existed read as last-epoch ones.
 * Pending and failed runs are only counted. A run's figures are read through the metrics schema
 * ({@link RunMetrics#RESULTS}). Anything missing or malformed is a {@link UserInputException}
 * naming the file.
 *
 * @param path the folder
 * @param runs the finished runs that have a test accuracy, in the table's order
 * @param planned rows in the table
 * @param done runs marked done
 * @param failed runs marked failed
 * @param withoutAccuracy done runs without a test accuracy (a dataset with no test split)
 */
public record SweepFolder(
    Path path, List<SweepRun> runs, int planned, int done, int failed, int withoutAccuracy) {
  static final String RESULTS = "results.json";

  /** The {@code selection} of a run whose epoch was chosen on its validation split. */
  static final String SELECTED_ON_VALIDATION = "best_validation_epoch";

  public SweepFolder {
    runs = List.copyOf(runs);
  }

  /** The folder's name, which names the sweep. */
  public String name() {
    return path.getFileName().toString();
  }

  /** Runs neither done nor failed: the sweep is still running or was stopped. */
  public int pending() {
    return planned - done - failed;
  }

  /** Reads {@code folder}. */
  public static SweepFolder read(Path folder) {
    Path path = folder.toAbsolutePath().normalize();
    if (!Files.isDirectory(path)) {
      throw new UserInputException(folder + ": no such folder");
    }
    Path results = path.resolve(RESULTS);
    if (!Files.isRegularFile(results)) {
      throw new UserInputException(
          folder + ": no " + RESULTS + "; expected a sweep folder written by rewire sweep");
    }
    List<Map<String, JsonNode>> rows;
    try {
      rows = RunFolder.JSON.readValue(results.toFile(), new TypeReference<>() {});
    } catch (IOException e) {
      throw new UserInputException(
          results + ": not a results table written by rewire sweep (" + firstLine(e) + ")");
    }
    List<SweepRun> runs = new ArrayList<>();
    int done = 0;
    int failed = 0;
    int withoutAccuracy = 0;
    String name = path.getFileName().toString();
    for (int i = 0; i < rows.size(); i++) {
      Map<String, JsonNode> row = rows.get(i);
      String status = text(row, "status", results, i);
      if (status.equals("failed")) {
        failed++;
      }
      if (!status.equals("done")) {
        continue;
      }
      done++;
      String id = text(row, "run_id", results, i);
      Optional<Double> accuracy = figure(row, EpochMetrics.TEST.accuracy(), results, id);
      if (accuracy.isEmpty()) {
        withoutAccuracy++;
        continue;
      }
      runs.add(run(name, path.resolve("runs").resolve(id), id, row, accuracy.get(), results));
    }
    return new SweepFolder(path, runs, rows.size(), done, failed, withoutAccuracy);
  }

  private static SweepRun run(
      String sweep,
      Path folder,
      String id,
      Map<String, JsonNode> row,
      double accuracy,
      Path table) {
    ObjectNode config = readConfig(folder.resolve("config.yaml"));
    JsonNode type = config.at("/sparsifier/type");
    if (!type.isTextual()) {
      throw new UserInputException(
          folder.resolve("config.yaml") + ": no sparsifier.type; is this a resolved config?");
    }
    long seed = config.path("seed").asLong();
    config.remove(List.of("seed", "name", "output"));
    if (config.get("training") instanceof ObjectNode training) {
      training.remove("threads");
    }
    Map<String, JsonNode> parameters =
        new LinkedHashMap<>(readParams(folder.resolve("params.json")));
    parameters.remove("seed");
    return new SweepRun(
        sweep,
        id,
        type.asText(),
        config,
        parameters,
        seed,
        accuracy,
        // Tables written before epoch selection hold the last epoch's accuracy only.
        figure(row, RunMetrics.LAST_TEST_ACCURACY, table, id).orElse(accuracy),
        figure(row, RunMetrics.SELECTION, table, id)
            .map(SELECTED_ON_VALIDATION::equals)
            .orElse(false),
        required(row, EpochMetrics.MEMORY, table, id),
        required(row, EpochMetrics.SYNAPSES, table, id),
        figure(row, EpochMetrics.MAPPABLE, table, id).orElse(false));
  }

  private static ObjectNode readConfig(Path file) {
    try {
      if (StrictMapper.yaml().readTree(file.toFile()) instanceof ObjectNode config) {
        return config;
      }
      throw new UserInputException(file + ": not a resolved experiment (expected a mapping)");
    } catch (IOException e) {
      throw new UserInputException(
          file + ": cannot read the run's resolved config (" + firstLine(e) + ")");
    }
  }

  private static Map<String, JsonNode> readParams(Path file) {
    try {
      return RunFolder.JSON.readValue(file.toFile(), new TypeReference<>() {});
    } catch (IOException e) {
      throw new UserInputException(
          file + ": cannot read the run's swept parameters (" + firstLine(e) + ")");
    }
  }

  /**
   * Run {@code id}'s value of {@code metric} in its results row; empty when the cell is empty or
   * the table has no such column (an older table).
   *
   * @throws UserInputException naming the table, the run and the metric if the cell holds another
   *     type of value
   */
  private static <T> Optional<T> figure(
      Map<String, JsonNode> row, Metric<T> metric, Path table, String id) {
    JsonNode cell = row.get(metric.name());
    if (cell == null || cell.isNull()) {
      return Optional.empty();
    }
    Object raw =
        cell.isNumber()
            ? cell.numberValue()
            : cell.isBoolean()
                ? (Object) cell.booleanValue()
                : cell.isTextual() ? cell.textValue() : cell;
    try {
      return Optional.of(metric.value(raw));
    } catch (IllegalArgumentException e) {
      throw new UserInputException(table + ": run " + id + ": " + e.getMessage());
    }
  }

  private static <T> T required(
      Map<String, JsonNode> row, Metric<T> metric, Path table, String id) {
    return figure(row, metric, table, id)
        .orElseThrow(
            () -> new UserInputException(table + ": run " + id + " is done but has no " + metric));
  }

  private static String text(Map<String, JsonNode> row, String key, Path table, int index) {
    JsonNode value = row.get(key);
    if (value == null || !value.isTextual()) {
      throw new UserInputException(
          table + ": row " + (index + 1) + " has no " + key + "; not written by rewire sweep?");
    }
    return value.asText();
  }

  /** The first line of an exception's message: Jackson's messages go on to quote the source. */
  static String firstLine(Exception e) {
    String message = e.getMessage() == null ? e.toString() : e.getMessage();
    int cut = message.indexOf('\n');
    return cut < 0 ? message : message.substring(0, cut);
  }
}
