package org.rewire.runtime.report.sweep;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rewire.runtime.output.RunFolder;

/**
 * Writes a sweep folder as {@code rewire sweep} leaves it, without training: {@code results.json}
 * and, per finished run, {@code runs/<id>/} with a resolved {@code config.yaml} and {@code
 * params.json}. Tests choose every figure, so expected statistics can be worked out by hand.
 */
public final class SyntheticSweep {
  private final Path folder;
  private final List<Map<String, Object>> rows = new ArrayList<>();

  public SyntheticSweep(Path folder) {
    this.folder = folder;
  }

  /**
   * Adds a finished run of sparsifier {@code type} with one swept parameter {@code
   * sparsifier.level} (also in its config) and a seed.
   */
  public SyntheticSweep done(
      String type,
      double level,
      long seed,
      double accuracy,
      long memory,
      long synapses,
      boolean mappable)
      throws IOException {
    String id = "sparsifier.level=" + level + ",seed=" + seed;
    Map<String, Object> row = row(id, level, seed, "done");
    row.put("test_accuracy", accuracy);
    row.put("memory", memory);
    row.put("synapses", synapses);
    row.put("mappable", mappable);
    rows.add(row);
    Path run = Files.createDirectories(folder.resolve("runs").resolve(id));
    Files.writeString(
        run.resolve("config.yaml"),
        String.format(
            java.util.Locale.ROOT,
            """
            name: %s
            seed: %d
            dataset: {type: test-list, samples: 8}
            sparsifier:
              type: %s
              level: %s
            training: {epochs: 2, threads: %d}
            output: {dir: runs, name: null}
            """,
            folder.getFileName(),
            seed,
            type,
            level,
            1 + rows.size() % 2));
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("seed", seed);
    params.put("sparsifier.level", level);
    RunFolder.JSON.writeValue(run.resolve("params.json").toFile(), params);
    return this;
  }

  /**
   * Marks the run added last as one whose epoch was selected on its validation split (its accuracy
   * is the best validation epoch's) and gives its test accuracy after the last epoch.
   */
  public SyntheticSweep selectedOnValidation(double lastAccuracy) {
    Map<String, Object> row = rows.get(rows.size() - 1);
    row.put("selection", "best_validation_epoch");
    row.put("last_test_accuracy", lastAccuracy);
    return this;
  }

  /** Adds a run that failed or has not finished: a row with empty figures and no folder. */
  public SyntheticSweep notDone(String status, double level, long seed) {
    rows.add(row("sparsifier.level=" + level + ",seed=" + seed, level, seed, status));
    return this;
  }

  private static Map<String, Object> row(String id, double level, long seed, String status) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("run_id", id);
    row.put("sparsifier.level", level);
    row.put("seed", seed);
    row.put("status", status);
    for (String figure : List.of("test_accuracy", "memory", "synapses", "mappable", "error")) {
      row.put(figure, null);
    }
    return row;
  }

  /** Writes {@code results.json}; returns the folder. */
  public Path write() throws IOException {
    Files.createDirectories(folder);
    RunFolder.JSON.writeValue(folder.resolve(SweepFolder.RESULTS).toFile(), rows);
    return folder;
  }
}
