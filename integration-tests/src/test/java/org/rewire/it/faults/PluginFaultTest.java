package org.rewire.it.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rewire.it.Cli;

/**
 * A plugin that throws while it is built, while the run reads its data, in a training step or
 * epoch, or while it maps the network fails that run with exit code 1 and one line naming the
 * plugin and the stage; in a sweep, the failed run is recorded with its error and the next one
 * runs.
 */
class PluginFaultTest {
  @TempDir Path work;

  private Path experiment(String dataset, String target, String sparsifier) throws Exception {
    Path file = work.resolve("fault.yaml");
    Files.writeString(
        file,
        """
        name: fault
        seed: 1
        dataset: {type: it-faulty, fail: %s}
        model: {input: {steps: 5, duration: 1.0}}
        target: {type: it-faulty, fail: %s}
        sparsifier: {type: it-faulty, fail: %s}
        training: {epochs: 2, batch_size: 2, threads: 1}
        """
            .formatted(dataset, target, sparsifier));
    return file;
  }

  /**
   * A fault before training leaves no run folder: building a component, reading the data, or
   * initialising the sparsifier (which {@code rewire run} does without data before it loads any);
   * the run creates its folder only once everything it needs is resolved. A fault in training
   * leaves the folder of the run that started, with its config and provenance.
   */
  @ParameterizedTest(name = "{0} fails {1}")
  @CsvSource({
    "dataset,    create,     to build,            false",
    "dataset,    read,       to read its samples, false",
    "target,     create,     to build,            false",
    "target,     map,        to map the network,  true",
    "sparsifier, create,     to build,            false",
    "sparsifier, initialize, to initialize,       false",
    "sparsifier, step,       after a step,        true",
    "sparsifier, epoch,      after an epoch,      true",
  })
  void theRunFailsWithOneLineNamingThePlugin(
      String section, String stage, String when, boolean started) throws Exception {
    Path file =
        experiment(
            section.equals("dataset") ? stage : "none",
            section.equals("target") ? stage : "none",
            section.equals("sparsifier") ? stage : "none");
    Cli.Result r =
        Cli.rewire(
            work.resolve("cache"),
            "run",
            file.toString(),
            "--output",
            work.resolve("runs").toString());
    assertThat(r.code()).as(r.err()).isEqualTo(1);
    assertThat(r.err().lines()).hasSize(1);
    assertThat(r.err())
        .startsWith("rewire: " + section + " 'it-faulty' from plugin 'built-in'")
        .contains(" failed " + when + ": IllegalStateException: ")
        .endsWith("injected fault in the " + section + " at " + stage + "\n");
    assertThat(Files.exists(work.resolve("runs/fault"))).as("run folder").isEqualTo(started);
  }

  /** A sweep of the fault experiment over {@code sparsifier.fail}, run with one worker. */
  private Cli.Result sweep(Path sweep, String failures) throws Exception {
    experiment("none", "none", "none");
    Files.writeString(
        sweep,
        "experiment: fault.yaml\nname: faults\noutput: {dir: "
            + work.resolve("sweeps")
            + "}\ngrid: {sparsifier.fail: ["
            + failures
            + "]}\n");
    return Cli.rewire(work.resolve("cache"), "sweep", sweep.toString(), "--workers", "1");
  }

  @Test
  void aSweepRecordsTheFailedRunWithItsErrorAndRunsTheNext() throws Exception {
    Cli.Result r = sweep(work.resolve("sweep.yaml"), "step, none, initialize");
    assertThat(r.code()).as(r.err()).isEqualTo(1);
    assertThat(r.out())
        .contains(
            "[1/3] sparsifier.fail=step FAILED: sparsifier 'it-faulty' from plugin 'built-in'")
        .contains("[2/3] sparsifier.fail=none test ")
        .contains("[3/3] sparsifier.fail=initialize FAILED: sparsifier 'it-faulty' from plugin")
        .contains("failed to initialize: IllegalStateException: injected fault")
        .contains("1 done, 2 failed");
    List<String> rows = Files.readAllLines(work.resolve("sweeps/faults/results.csv"));
    assertThat(rows).hasSize(4);
    assertThat(rows.get(1))
        .startsWith("sparsifier.fail=step,step,failed,")
        .contains("injected fault in the sparsifier at step");
    assertThat(rows.get(2)).startsWith("sparsifier.fail=none,none,done,");
  }

  @Test
  void aSweepRunWhoseSparsifierFailsToBuildIsRecordedWithoutARunFolder() throws Exception {
    Cli.Result r = sweep(work.resolve("sweep.yaml"), "create, none");
    assertThat(r.code()).as(r.err()).isEqualTo(1);
    assertThat(r.out())
        .contains("[1/2] sparsifier.fail=create FAILED: sparsifier 'it-faulty' from plugin")
        .contains("failed to build: IllegalStateException: injected fault")
        .contains("[2/2] sparsifier.fail=none test ");
    assertThat(work.resolve("sweeps/faults/runs/sparsifier.fail=create")).doesNotExist();
    assertThat(work.resolve("sweeps/faults/runs/sparsifier.fail=none/summary.json")).exists();
  }

  @Test
  void aSweepRefusesAGridValueItsRunWouldRefuseBeforeAnyRun() throws Exception {
    Path sweep = work.resolve("sweep.yaml");
    Cli.Result r = sweep(sweep, "none, map");
    assertThat(r.code()).as(r.out()).isEqualTo(2);
    assertThat(r.err()).startsWith("rewire: " + sweep + ":4:32 sparsifier.fail: must be none or");
    assertThat(work.resolve("sweeps")).doesNotExist();
  }
}
