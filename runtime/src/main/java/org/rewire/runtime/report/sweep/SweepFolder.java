package org.rewire.runtime.report.sweep;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rewire.runtime.UserInputException;
import org.rewire.runtime.config.StrictMapper;
import org.rewire.runtime.output.RunFolder;

/**
 * A sweep folder read for a report: its {@code results.json} (one row per planned run, written by
 * {@code rewire sweep}) and, for every run marked done, the run folder's resolved {@code
 * config.yaml} (the sparsifier type and what else the run was) and {@code params.json} (what the
 * sweep changed). A run's figures are those of its selected epoch ({@code selection}: the best
 * validation epoch, or the last); tables written before selection existed read as last-epoch ones.
 * Pending and failed runs are only counted. Anything missing or malformed is a {@link
 * UserInputException} naming the file.
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
      JsonNode accuracy = row.get("test_accuracy");
      if (accuracy == null || !accuracy.isNumber()) {
        withoutAccuracy++;
        continue;
      }
      String id = text(row, "run_id", results, i);
      runs.add(run(name, path.resolve("runs").resolve(id), id, row, accuracy.asDouble(), results));
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
        cell(row, "last_test_accuracy").isNumber()
            ? cell(row, "last_test_accuracy").asDouble()
            : accuracy,
        cell(row, "selection").asText().equals(SELECTED_ON_VALIDATION),
        number(row, "memory", table, id),
        number(row, "synapses", table, id),
        row.containsKey("mappable") && row.get("mappable").asBoolean());
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

  /** A cell of a results row; a null node when the table has no such column. */
  private static JsonNode cell(Map<String, JsonNode> row, String key) {
    JsonNode value = row.get(key);
    return value == null ? NullNode.instance : value;
  }

  private static String text(Map<String, JsonNode> row, String key, Path table, int index) {
    JsonNode value = row.get(key);
    if (value == null || !value.isTextual()) {
      throw new UserInputException(
          table + ": row " + (index + 1) + " has no " + key + "; not written by rewire sweep?");
    }
    return value.asText();
  }

  private static long number(Map<String, JsonNode> row, String key, Path table, String id) {
    JsonNode value = row.get(key);
    if (value == null || !value.isNumber()) {
      throw new UserInputException(table + ": run " + id + " is done but has no " + key);
    }
    return value.asLong();
  }

  /** The first line of an exception's message: Jackson's messages go on to quote the source. */
  static String firstLine(Exception e) {
    String message = e.getMessage() == null ? e.toString() : e.getMessage();
    int cut = message.indexOf('\n');
    return cut < 0 ? message : message.substring(0, cut);
  }
}
