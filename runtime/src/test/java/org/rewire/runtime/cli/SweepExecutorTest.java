package org.rewire.runtime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rewire.runtime.plugin.ClasspathProviders;
import org.rewire.runtime.plugin.PluginFailure;
import org.rewire.runtime.plugin.ProviderRegistry;
import org.rewire.runtime.sweep.SweepExecutor;
import org.rewire.runtime.sweep.SweepReader;
import org.rewire.runtime.sweep.SweepRunner;
import org.rewire.runtime.sweep.SweepRuns;

/**
 * Issue 14, item 4: a sweep's runs go through one {@link SweepExecutor}. An executor shaped as a
 * batch scheduler's job array (each run one task calling {@code rewire sweep FILE --run-index I},
 * in an order of its own, its result read back from the run's folder) gives the same results table
 * as the local pool, and {@code --run-index} runs exactly one run.
 */
class SweepExecutorTest {
  @TempDir Path dir;
  Path file;

  @BeforeEach
  void sweep() throws Exception {
    TinySweep.experiment(dir, "{type: test-keep, density: 0.5}", 2);
    file =
        TinySweep.sweepFile(
            dir, dir.resolve("out"), "grid: {seed: [1, 2], sparsifier.density: [0.3, 0.6]}\n");
  }

  private Cli rewire(String... args) {
    return Cli.run(dir.resolve("cache"), args);
  }

  /**
   * Runs each pending run as one task of a job array would, through the command line's {@code
   * --run-index}, last run first, and reports what each run's folder records: the shape of a batch
   * scheduler's executor.
   */
  private final class ArrayTasks implements SweepExecutor {
    final Path output;
    final List<Integer> submitted = new ArrayList<>();

    ArrayTasks(Path output) {
      this.output = output;
    }

    @Override
    public int threadsPerRun() {
      return 1;
    }

    @Override
    public String describe() {
      return "an array of tasks";
    }

    @Override
    public void execute(SweepRuns runs, List<Integer> pending, Listener finished) {
      for (int k = pending.size() - 1; k >= 0; k--) {
        int i = pending.get(k);
        submitted.add(i);
        Cli task =
            rewire(
                "sweep",
                file.toString(),
                "--output",
                output.toString(),
                "--run-index",
                Integer.toString(i));
        assertThat(task.exit()).as(task.err()).isZero();
      }
      for (int i : pending) {
        finished.finished(i, runs.recorded(i));
      }
    }
  }

  @Test
  void anArrayOfRunIndexTasksGivesTheTableOfTheLocalPool() throws Exception {
    Path local = dir.resolve("local");
    Cli pool = rewire("sweep", file.toString(), "--workers", "2", "--output", local.toString());
    assertThat(pool.exit()).as(pool.err()).isZero();

    Path array = dir.resolve("array");
    List<PluginFailure> failures = new ArrayList<>();
    ProviderRegistry registry =
        new ProviderRegistry(ClasspathProviders.discover(failures), failures);
    SweepRuns runs =
        new SweepRuns(SweepReader.read(file), array.resolve("s"), registry, dir.resolve("cache"));
    ArrayTasks tasks = new ArrayTasks(array);
    StringWriter out = new StringWriter();
    SweepRunner runner = new SweepRunner(runs, tasks, new PrintWriter(out, true));
    assertThat(runner.run()).as(out.toString()).isTrue();

    assertThat(tasks.submitted).containsExactly(3, 2, 1, 0);
    assertThat(out.toString())
        .contains("sweep s: 4 runs (0 done earlier, skipped), an array of tasks, 1 training thread")
        .contains("[4/4] seed=2,sparsifier.density=0.6 test ");
    assertThat(TinySweep.table(array.resolve("s"))).isEqualTo(TinySweep.table(local.resolve("s")));
  }

  @Test
  void runIndexRunsThatRunAloneAndSkipsItOnceDone() throws Exception {
    Path output = dir.resolve("one");
    Cli first = rewire("sweep", file.toString(), "--output", output.toString(), "--run-index", "2");
    assertThat(first.exit()).as(first.err()).isZero();
    assertThat(first.out()).startsWith("run 2 seed=2,sparsifier.density=0.3 test ");
    try (var folders = Files.list(output.resolve("s/runs"))) {
      assertThat(folders.map(p -> p.getFileName().toString()))
          .containsExactly("seed=2,sparsifier.density=0.3");
    }
    assertThat(output.resolve("s/results.csv"))
        .as("tasks leave the table to the sweep")
        .doesNotExist();

    Cli again = rewire("sweep", file.toString(), "--output", output.toString(), "--run-index", "2");
    assertThat(again.exit()).isZero();
    assertThat(again.out().strip())
        .isEqualTo("run 2 seed=2,sparsifier.density=0.3: done earlier, skipped");

    Cli gather = rewire("sweep", file.toString(), "--output", output.toString(), "--dry-run");
    assertThat(gather.out())
        .contains("   2  done    seed=2,sparsifier.density=0.3")
        .contains("   3  to run  seed=2,sparsifier.density=0.6");
  }

  @Test
  void aRunIndexTaskThatFailsExitsWith1AndLeavesNoFolderWhenNothingWasBuilt() throws Exception {
    Path sweep =
        TinySweep.sweepFile(dir, dir.resolve("out"), "grid: {dataset.fail: [false, true]}\n");
    Cli r = rewire("sweep", sweep.toString(), "--run-index", "1");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out())
        .startsWith("run 1 dataset.fail=true FAILED: dataset 'test-list' from plugin 'built-in'");
    assertThat(dir.resolve("out/s/runs/dataset.fail=true")).doesNotExist();
  }

  @Test
  void aRunIndexOutsideThePlanOrWithWorkersIsAMistake() {
    Cli past = rewire("sweep", file.toString(), "--run-index", "4");
    assertThat(past.exit()).isEqualTo(2);
    assertThat(past.err().strip())
        .isEqualTo("rewire: --run-index: expected 0 to 3 (the sweep has 4 runs), got 4");
    assertThat(rewire("sweep", file.toString(), "--run-index", "-1").exit()).isEqualTo(2);
    Cli workers = rewire("sweep", file.toString(), "--run-index", "0", "--workers", "2");
    assertThat(workers.exit()).isEqualTo(2);
    assertThat(workers.err()).contains("--run-index runs one run; it takes no --workers");
    assertThat(dir.resolve("out")).doesNotExist();
  }
}
