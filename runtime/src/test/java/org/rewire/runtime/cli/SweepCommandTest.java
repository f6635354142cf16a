package org.rewire.runtime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepCommandTest {
  @TempDir Path dir;
  Path sweeps;

  @BeforeEach
  void experiment() throws Exception {
    sweeps = dir.resolve("out");
    TinySweep.experiment(dir, "{type: test-keep, density: 0.5}", 2);
  }

  Path sweepFile(String grid) throws Exception {
    return TinySweep.sweepFile(dir, sweeps, grid);
  }

  Cli sweep(Path file, String... more) {
    String[] args = new String[2 + more.length];
    args[0] = "sweep";
    args[1] = file.toString();
    System.arraycopy(more, 0, args, 2, more.length);
    return Cli.run(dir.resolve("cache"), args);
  }

  List<String> table() throws Exception {
    return TinySweep.table(sweeps.resolve("s"));
  }

  @Test
  void aGridRunsEveryPointResumesWithoutRetrainingAndRedoesOnlyIncompleteRuns() throws Exception {
    Path file = sweepFile("grid: {seed: [1, 2], sparsifier.density: [0.3, 0.6]}\n");
    Cli first = sweep(file, "--workers", "1");
    assertThat(first.exit()).as(first.err() + first.out()).isZero();
    assertThat(first.out())
        .contains("sweep s: 4 runs (0 done earlier, skipped), 1 worker, ")
        .contains("[1/4] seed=1,sparsifier.density=0.3 test ")
        .contains("[4/4] seed=2,sparsifier.density=0.6 test ")
        .contains("4 done, 0 failed");
    List<String> rows = table();
    assertThat(rows).hasSize(5);
    assertThat(rows.get(0))
        .startsWith(
            "run_id,seed,sparsifier.density,status,test_accuracy,selection,selected_epoch,"
                + "best_validation_accuracy,last_test_accuracy,memory,memory_")
        .endsWith("synapses,links,violations,mappable,epochs,error");
    assertThat(rows.get(1)).startsWith("\"seed=1,sparsifier.density=0.3\",1,0.3,done,");
    assertThat(rows.get(4)).startsWith("\"seed=2,sparsifier.density=0.6\",2,0.6,done,");
    assertThat(Files.readString(sweeps.resolve("s/results.json")))
        .contains("\"status\" : \"done\"");
    Path run = sweeps.resolve("s/runs/seed=2,sparsifier.density=0.6");
    assertThat(Files.readString(run.resolve("config.yaml")))
        .contains("seed: 2")
        .contains("density: 0.6");
    assertThat(Files.readString(run.resolve("params.json"))).contains("\"seed\" : 2");
    assertThat(Files.readString(run.resolve("provenance.json"))).contains("sparsifier.density=0.6");

    FileTime before = Files.getLastModifiedTime(run.resolve("metrics.csv"));
    Cli again = sweep(file);
    assertThat(again.exit()).isZero();
    assertThat(again.out()).contains("4 runs (4 done earlier, skipped)").doesNotContain("[");
    assertThat(Files.getLastModifiedTime(run.resolve("metrics.csv"))).isEqualTo(before);
    assertThat(table()).isEqualTo(rows);

    Files.delete(run.resolve("summary.json"));
    Cli resumed = sweep(file);
    assertThat(resumed.exit()).isZero();
    assertThat(resumed.out())
        .contains("4 runs (3 done earlier, skipped)")
        .contains("[4/4] seed=2,sparsifier.density=0.6 test ")
        .doesNotContain("[3/4]");
    assertThat(table()).as(Files.readString(sweeps.resolve("s/results.csv"))).isEqualTo(rows);
  }

  @Test
  void runsFinishedBeforeTheBaseExperimentChangedAreRedone() throws Exception {
    Path file = sweepFile("grid: {seed: [1, 2]}\n");
    assertThat(sweep(file, "--workers", "2").exit()).isZero();
    assertThat(sweep(file, "--workers", "1").out())
        .as("another thread count is the same experiment")
        .contains("2 runs (2 done earlier, skipped)");
    Path base = dir.resolve("base.yaml");
    Files.writeString(base, Files.readString(base).replace("batch_size: 4", "batch_size: 2"));
    Cli changed = sweep(file);
    assertThat(changed.exit()).isZero();
    assertThat(changed.out())
        .contains("2 runs (0 done earlier, skipped; 2 finished with another config, redone)")
        .contains("[2/2]");
    assertThat(Files.readString(sweeps.resolve("s/runs/seed=1/config.yaml")))
        .contains("batch_size: 2");
  }

  @Test
  void moreWorkersGiveTheSameResults() throws Exception {
    Path file = sweepFile("grid: {seed: [1, 2], sparsifier.density: [0.3, 0.6]}\n");
    assertThat(sweep(file, "--workers", "1").exit()).isZero();
    List<String> one = table();
    Cli two = sweep(file, "--workers", "2", "--output", dir.resolve("two").toString());
    assertThat(two.exit()).as(two.err()).isZero();
    assertThat(two.out()).contains("2 workers");
    sweeps = dir.resolve("two");
    assertThat(table()).isEqualTo(one);
  }

  @Test
  void aFailingRunIsRecordedAndTheOthersFinish() throws Exception {
    Cli r = sweep(sweepFile("grid: {dataset.fail: [false, true], seed: [1, 2]}\n"));
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out())
        .contains("dataset.fail=true,seed=1 FAILED: dataset 'test-list' from plugin 'built-in'")
        .contains("2 done, 2 failed");
    List<String> rows = table();
    assertThat(rows).hasSize(5);
    assertThat(rows.get(2)).startsWith("\"dataset.fail=false,seed=2\",false,2,done,");
    assertThat(rows.get(3))
        .startsWith("\"dataset.fail=true,seed=1\",true,1,failed,,")
        .contains("the test dataset was asked to fail");
    assertThat(sweeps.resolve("s/runs/dataset.fail=true,seed=1/summary.json")).doesNotExist();
  }

  @Test
  void aRunThatRunsOutOfMemoryIsRecordedAndTheSweepGoesOn() throws Exception {
    Cli r = sweep(sweepFile("grid: {dataset.exhaust: [true, false]}\n"), "--workers", "1");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out())
        .contains("dataset.exhaust=true FAILED: out of memory: the run needs more than the")
        .contains("1 done, 1 failed");
    List<String> rows = table();
    assertThat(rows.get(1)).startsWith("dataset.exhaust=true,true,failed,,");
    assertThat(rows.get(2)).startsWith("dataset.exhaust=false,false,done,");
  }

  @Test
  void aWrongGridKeyOrValueIsExit2AtItsPlaceInTheSweepFile() throws Exception {
    Path file = sweepFile("grid:\n  training.epoch: [1]\n");
    Cli key = sweep(file);
    assertThat(key.exit()).isEqualTo(2);
    assertThat(key.err().strip())
        .startsWith("rewire: " + file + ":5:20 training.epoch: unknown key 'epoch'")
        .doesNotContain("\n");
    Cli value = sweep(sweepFile("grid:\n  seed: [1]\n  training.epochs: [2, lots]\n"));
    assertThat(value.exit()).isEqualTo(2);
    assertThat(value.err().strip())
        .isEqualTo("rewire: " + file + ":6:24 training.epochs: expected an integer, got 'lots'");
    assertThat(sweeps.resolve("s")).doesNotExist();
    Files.delete(dir.resolve("base.yaml"));
    Cli missing = sweep(sweepFile("grid: {seed: [1]}\n"));
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err())
        .startsWith("rewire: " + file + ":1:13 experiment: no experiment file ")
        .contains("relative to the sweep file");
  }

  @Test
  void anExperimentFileGivenToSweepSaysSo() throws Exception {
    Path experiment = dir.resolve("base.yaml");
    Cli r = sweep(experiment, "--dry-run");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err())
        .startsWith("rewire: " + experiment + ":")
        .contains("(this is an experiment file: run it with `rewire run`;")
        .hasLineCount(1);
  }

  @Test
  void dryRunListsRunsAndWhichAreDone() throws Exception {
    Cli r = sweep(sweepFile("runs: [{seed: 5}, {seed: 6}]\n"), "--dry-run");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out())
        .as("numbered as --run-index takes them")
        .contains("   0  to run  seed=5")
        .contains("   1  to run  seed=6")
        .contains("2 runs");
    assertThat(sweeps.resolve("s")).doesNotExist();
  }
}
