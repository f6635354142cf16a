package org.rewire.runtime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 14, item 5: everything a run needs (the components and the network spec) is resolved before
 * its run folder is created, so an experiment whose target fails to build with the data, or whose
 * chip does not read out the data's classes, leaves no run folder. Both experiments pass the
 * data-free rules ({@code rewire validate}): their dataset's config does not declare its classes,
 * so only building with the data finds the mistake.
 */
class BuildFailureLeavesNoFolderTest {
  @TempDir Path dir;

  private Cli rewire(String... args) {
    return Cli.run(dir.resolve("cache"), args);
  }

  /**
   * {@code late.yaml}: a dataset of {@code classes} classes it does not declare on {@code target}.
   */
  private Path experiment(int classes, String target) throws Exception {
    return Files.writeString(
        dir.resolve("late.yaml"),
        """
        name: late
        seed: 3
        dataset: {type: test-list, samples: 8, classes: %d, declare: false}
        target: %s
        sparsifier: {type: test-keep, density: 0.5}
        model: {input: {steps: 20, duration: 1.0}}
        training: {epochs: 1, batch_size: 4, threads: 1}
        """
            .formatted(classes, target));
  }

  /**
   * What goes wrong, the target, the classes of the data and the error: a target that cannot hold
   * one output per class fails to build; a chip with fixed outputs builds, but the network spec
   * refuses it.
   */
  static Stream<Arguments> mistakes() {
    return Stream.of(
        Arguments.of(
            "the target cannot hold the outputs",
            "{type: test-grid, rows: 2}",
            5,
            "target.core_size: must hold the 5 outputs"),
        Arguments.of(
            "the chip reads fewer outputs than classes",
            "{type: test-grid, rows: 2, outputs: 2}",
            3,
            "target.outputs: the target reads 2 output neurons but the dataset has 3 classes"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mistakes")
  void aRunIsRefusedWithExitCode2AndLeavesNoRunFolder(
      String mistake, String target, int classes, String error) throws Exception {
    Path file = experiment(classes, target);
    Cli validate = rewire("validate", file.toString());
    assertThat(validate.exit()).as("the data-free rules pass: " + validate.err()).isZero();

    Path runs = dir.resolve("runs");
    Cli r = rewire("run", file.toString(), "--output", runs.toString());
    assertThat(r.exit()).as(r.err()).isEqualTo(2);
    assertThat(r.err().strip()).startsWith("rewire: " + file + ":").contains(error);
    assertThat(r.err().lines()).hasSize(1);
    assertThat(runs.resolve("late")).doesNotExist();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mistakes")
  void aSweepRecordsTheRunAsFailedWithoutARunFolderAndRunsTheOthers(
      String mistake, String target, int classes, String error) throws Exception {
    experiment(2, target);
    Path sweeps = dir.resolve("sweeps");
    Path sweep =
        Files.writeString(
            dir.resolve("s.yaml"),
            "experiment: late.yaml\nname: s\noutput: {dir: "
                + sweeps
                + "}\ngrid: {dataset.classes: [2, "
                + classes
                + "]}\n");
    Cli r = rewire("sweep", sweep.toString(), "--workers", "1");
    assertThat(r.exit()).as(r.err() + r.out()).isEqualTo(1);
    String failed = "dataset.classes=" + classes;
    assertThat(r.out()).contains("[2/2] " + failed + " FAILED: ").contains(error);
    List<String> rows = Files.readAllLines(sweeps.resolve("s/results.csv"));
    assertThat(rows.get(1)).startsWith("dataset.classes=2,2,done,");
    assertThat(rows.get(2)).startsWith(failed + "," + classes + ",failed,").contains(error);
    assertThat(sweeps.resolve("s/runs/dataset.classes=2/summary.json")).exists();
    assertThat(sweeps.resolve("s/runs/" + failed)).doesNotExist();
  }
}
