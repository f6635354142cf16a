package org.rewire.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 12, item 4: the rules {@code rewire run} applies to a hop profile and a chip hold for every
 * command, with the built-in Mosaic target and DeepR sparsifiers: {@code estimate} refuses a {@code
 * --profile} at distances the chip does not have, and {@code sweep} (also {@code --dry-run})
 * refuses a grid value that a run would refuse, at its line in the sweep file, before any run. (The
 * experiment-file cases, for {@code validate} and {@code run}, are in the bad-input corpus.)
 */
class DataFreeRulesTest {
  @TempDir Path work;

  private Path chip(int rows, int cols) throws Exception {
    Path file = work.resolve("chip-" + rows + "x" + cols + ".yaml");
    Files.writeString(
        file,
        "target: {type: mosaic, rows: %d, cols: %d, tile_size: 16, inputs: 8, outputs: 2}\n"
            .formatted(rows, cols));
    return file;
  }

  @ParameterizedTest(name = "--profile {0} on {1} x {1} tiles")
  @CsvSource(
      delimiter = '|',
      value = {
        "2:0.5 | 2 | no two cores of the target are 2 hops apart; distances that occur: [1, 3]",
        "0:0.5 | 2 | distance 0 is a core to itself, not a link between cores",
        "9:0.5 | 2 | no two cores of the target are 9 hops apart; distances that occur: [1, 3]",
        ", | 2 | expected distance:fraction pairs like 1:0.8,3:0.1, got none",
        "1:0.5 | 1 | no two cores of the target are 1 hops apart; distances that occur: none"
      })
  void estimateRefusesAProfileTheChipCannotHave(String profile, int side, String why)
      throws Exception {
    Cli.Result r =
        Cli.rewire(
            work.resolve("cache"),
            "estimate",
            "--target",
            chip(side, side).toString(),
            "--profile",
            profile);
    assertThat(r.code()).as(r.out()).isEqualTo(2);
    assertThat(r.out()).doesNotContain("mappable");
    assertThat(r.err().lines()).hasSize(1);
    assertThat(r.err()).startsWith("rewire: --profile " + profile + ": " + why);
  }

  @ParameterizedTest(name = "{0} on a chip without hops")
  @CsvSource({"estimate", "bench-map"})
  void hopCommandsRefuseAChipWithoutHopsAtItsType(String command) throws Exception {
    Path file = work.resolve("flat.yaml");
    Files.writeString(
        file, "seed: 1\ntarget: {type: capped-grid, cores: 2, core_size: 8, inputs: 4}\n");
    Cli.Result r =
        Cli.rewire(
            work.resolve("cache"), command, "--target", file.toString(), "--profile", "1:0.5");
    assertThat(r.code()).as(r.out()).isEqualTo(2);
    assertThat(r.err().lines()).hasSize(1);
    assertThat(r.err())
        .startsWith(
            "rewire: "
                + file
                + ":2:10 target.type: target 'capped-grid' has no hop distances between its"
                + " cores; rewire "
                + command
                + " needs a target that has");
  }

  @Test
  void estimateStillEstimatesAProfileTheChipHas() throws Exception {
    Cli.Result r =
        Cli.rewire(
            work.resolve("cache"),
            "estimate",
            "--target",
            chip(2, 2).toString(),
            "--profile",
            "1:0.5,3:0.1",
            "--samples",
            "2");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("mappable in");
  }

  @Test
  void sweepRefusesAGridValueARunWouldRefuseBeforeAnyRun() throws Exception {
    Files.writeString(
        work.resolve("base.yaml"),
        """
        dataset: {type: randman, channels: 8, classes: 2, samples: 8, test_samples: 2, dim_manifold: 1}
        model: {input: {steps: 10, duration: 1.0}}
        target: {type: mosaic, rows: 2, cols: 2, tile_size: 8, inputs: 8}
        sparsifier: {type: routing-aware-deepr}
        training: {epochs: 1, batch_size: 4}
        """);
    Path sweep = work.resolve("sweep.yaml");
    Files.writeString(
        sweep,
        """
        experiment: base.yaml
        output: {dir: %s}
        grid:
          sparsifier.profile: [{1: 0.5}, {2: 0.5}]
        """
            .formatted(work.resolve("sweeps")));
    for (String[] args :
        new String[][] {{"sweep", sweep.toString(), "--dry-run"}, {"sweep", sweep.toString()}}) {
      Cli.Result r = Cli.rewire(work.resolve("cache"), args);
      assertThat(r.code()).as(r.out()).isEqualTo(2);
      assertThat(r.err())
          .isEqualTo(
              "rewire: "
                  + sweep
                  + ":4:34 sparsifier.profile[2]: no two cores of the target are 2 hops apart;"
                  + " distances that occur: [1, 3]\n");
      assertThat(work.resolve("sweeps")).doesNotExist();
    }
  }
}
