package org.rewire.runtime.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The files of a sweep over the test plugins small enough for a unit test (8 samples of 20 steps on
 * a 2-row test grid): {@code base.yaml} and the sweep file {@code s.yaml}, whose sweep is named
 * {@code s}.
 */
final class TinySweep {
  private TinySweep() {}

  /** Writes {@code dir/base.yaml} with {@code sparsifier} (a YAML flow mapping) and epochs. */
  static Path experiment(Path dir, String sparsifier, int epochs) throws IOException {
    return experiment(dir, sparsifier, epochs, "");
  }

  /**
   * As {@link #experiment(Path, String, int)}, with {@code training} extended by {@code
   * trainingExtra} ({@code ", key: value"}).
   */
  static Path experiment(Path dir, String sparsifier, int epochs, String trainingExtra)
      throws IOException {
    return Files.writeString(
        dir.resolve("base.yaml"),
        """
        name: base
        seed: 3
        dataset: {type: test-list, samples: 8}
        target: {type: test-grid, rows: 2}
        sparsifier: %s
        model: {input: {steps: 20, duration: 1.0}}
        training: {epochs: %d, batch_size: 4%s}
        """
            .formatted(sparsifier, epochs, trainingExtra));
  }

  /**
   * Writes {@code dir/s.yaml} over {@code base.yaml} into {@code output}; {@code grid} is the rest
   * of the file ({@code grid:} and/or {@code runs:}), starting on line 4.
   */
  static Path sweepFile(Path dir, Path output, String grid) throws IOException {
    return Files.writeString(
        dir.resolve("s.yaml"),
        "experiment: base.yaml\nname: s\noutput: {dir: " + output + "}\n" + grid);
  }

  /**
   * The rows of {@code results.csv} in {@code sweepFolder} without the wall-time column, which
   * differs between runs.
   */
  static List<String> table(Path sweepFolder) throws IOException {
    List<String> lines = Files.readAllLines(sweepFolder.resolve("results.csv"));
    int wall = List.of(lines.get(0).split(",")).indexOf("wall_seconds");
    // Split on commas outside quotes: run ids hold commas, so the table quotes them.
    String outsideQuotes = ",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)";
    return lines.stream()
        .map(
            l -> {
              List<String> cells = new ArrayList<>(List.of(l.split(outsideQuotes, -1)));
              cells.remove(wall);
              return String.join(",", cells);
            })
        .toList();
  }
}
