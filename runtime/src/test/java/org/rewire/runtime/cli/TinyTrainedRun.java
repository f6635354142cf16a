package org.rewire.runtime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A short training run on the test grid (2 x 2 cores of 4 neurons, input neurons 0 and 1, output
 * neurons 14 and 15) and the test list (24 samples, 2 classes), tuned so the output neurons spike:
 * the network the NIR tests export and read back.
 */
final class TinyTrainedRun {
  private TinyTrainedRun() {}

  /**
   * Trains {@code model} (the inside of the {@code model:} flow mapping, such as {@code neuron:
   * cuba-lif}) in {@code dir}; returns the run folder.
   */
  static Path train(Path dir, String model) throws IOException {
    return train(dir, model, "");
  }

  /**
   * Trains {@code model} on the test grid with {@code targetExtra} added to its settings (such as
   * {@code , weight_bits: 4}); returns the run folder.
   */
  static Path train(Path dir, String model, String targetExtra) throws IOException {
    Path file = dir.resolve("x.yaml");
    Files.writeString(
        file,
        """
        name: x
        seed: 3
        dataset: {type: test-list, samples: 24}
        target: {type: test-grid, rows: 2%s}
        sparsifier: {type: test-rewire}
        model: {%s, thr: 0.3, input_std: 2.0, input: {steps: 40, duration: 1.0}}
        training: {epochs: 3, batch_size: 4, threads: 2}
        """
            .formatted(targetExtra, model));
    Cli run =
        Cli.run(
            dir.resolve("cache"),
            "run",
            file.toString(),
            "--output",
            dir.resolve("runs").toString());
    assertThat(run.exit()).as(run.err()).isZero();
    return dir.resolve("runs/x");
  }

  /** Exports the run in {@code run} to {@code file}. */
  static Path export(Path dir, Path run, Path file) {
    Cli export = Cli.run(dir.resolve("cache"), "export", run.toString(), "-o", file.toString());
    assertThat(export.exit()).as(export.err()).isZero();
    return file;
  }
}
