package org.rewire.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12, item 5: a run folder's {@code config.yaml} describes its run. It holds what the run
 * derived (the chip's outputs from the dataset's classes, the network's input channels, the classes
 * an shd file lists, absolute data paths), so {@code map}, {@code estimate --target}, {@code
 * validate}, {@code run} and {@code --resume} on the folder see the network the run saw.
 */
class RunFolderConfigTest {
  /** The shd plugin's committed fixture (made by its make_fixtures.py): 6 samples, 3 classes. */
  static final Path SHD_FIXTURE =
      Path.of("../plugins/shd/src/test/resources/org/rewire/shd/valid_f16.h5");

  @TempDir Path work;

  private Cli.Result rewire(String... args) {
    return Cli.rewire(work.resolve("cache"), args);
  }

  /**
   * 4 classes on a 16-neuron chip (8 inputs) with {@code target.outputs} unset: the chip reads out
   * one neuron per class. Without the dataset's classes, Mosaic's standalone default (20 outputs)
   * would not fit beside the 8 inputs.
   */
  private Path experiment(String dataset) throws Exception {
    Path file = work.resolve("experiments/small.yaml");
    Files.createDirectories(file.getParent());
    Files.writeString(
        file,
        """
        name: small
        seed: 3
        dataset: %s
        model: {input: {steps: 10, duration: 1.0}}
        target: {type: mosaic, rows: 2, cols: 2, tile_size: 4, inputs: 8}
        sparsifier: {type: routing-aware-deepr, profile: {1: 0.5}, prune_count: 2}
        training: {epochs: 2, batch_size: 8, threads: 1}
        """
            .formatted(dataset));
    return file;
  }

  private static final String RANDMAN =
      "{type: randman, channels: 8, classes: 4, samples: 16, test_samples: 4, dim_manifold: 1}";

  private Path run(Path file, Path output) {
    Cli.Result r = rewire("run", file.toString(), "--output", output.toString());
    assertThat(r.code()).as(r.err()).isZero();
    return output.resolve("small");
  }

  @Test
  void everyCommandOnTheRunFolderSeesTheNetworkTheRunSaw() throws Exception {
    Path file = experiment(RANDMAN);
    Path run = run(file, work.resolve("runs"));
    String config = Files.readString(run.resolve("config.yaml"));
    assertThat(config).contains("outputs: 4").contains("channels: 8").contains("classes: 4");
    String network = Files.readString(run.resolve("network.json"));
    String mapping = Files.readString(run.resolve("mapping.json"));

    Cli.Result map = rewire("map", run.toString());
    assertThat(map.code()).as(map.err()).isZero();
    assertThat(map.out()).contains("16 neurons");
    assertThat(run.resolve("mapping.json")).hasContent(mapping);

    for (Path target : new Path[] {run.resolve("config.yaml"), file}) {
      Cli.Result estimate =
          rewire("estimate", "--target", target.toString(), "--profile", "1:0.5", "--samples", "2");
      assertThat(estimate.code()).as(estimate.err()).isZero();
      Cli.Result validate = rewire("validate", target.toString());
      assertThat(validate.code()).as(validate.err()).isZero();
    }

    Path again = run(run.resolve("config.yaml"), work.resolve("again"));
    assertThat(again.resolve("network.json")).hasContent(network);
    assertThat(again.resolve("metrics.csv")).hasSameTextualContentAs(run.resolve("metrics.csv"));
    assertThat(again.resolve("config.yaml")).hasContent(config);

    Cli.Result finished = rewire("run", "--resume", run.toString());
    assertThat(finished.code()).as(finished.err()).isZero();
    assertThat(finished.out()).contains("already finished");

    // The same folder stopped after its last checkpoint: --resume reads config.yaml, whose digest
    // must match the checkpoint's, and ends with the same network.
    Files.delete(run.resolve("summary.json"));
    Files.delete(run.resolve("network.json"));
    Cli.Result resumed = rewire("run", "--resume", run.toString());
    assertThat(resumed.code()).as(resumed.err()).isZero();
    assertThat(run.resolve("network.json")).hasContent(network);
    assertThat(run.resolve("mapping.json")).hasContent(mapping);
  }

  @Test
  void dataPathsAndClassesFromTheFilesAreWrittenOut() throws Exception {
    Path data = Files.createDirectories(work.resolve("experiments/data"));
    Files.copy(SHD_FIXTURE, data.resolve("train.h5"));
    Path file = experiment("{type: shd, train: data/train.h5, test: data/train.h5}");
    Path run = run(file, work.resolve("runs"));
    String config = Files.readString(run.resolve("config.yaml"));
    assertThat(config)
        .contains("train: " + data.resolve("train.h5").toAbsolutePath())
        .contains("classes: 3")
        .contains("outputs: 3");

    // Run elsewhere, from another working folder's point of view: the paths still resolve.
    Path again = run(run.resolve("config.yaml"), work.resolve("elsewhere/runs"));
    assertThat(again.resolve("metrics.csv")).hasSameTextualContentAs(run.resolve("metrics.csv"));
    assertThat(again.resolve("network.json")).hasSameTextualContentAs(run.resolve("network.json"));
    Cli.Result map = rewire("map", run.toString());
    assertThat(map.code()).as(map.err()).isZero();
  }
}
