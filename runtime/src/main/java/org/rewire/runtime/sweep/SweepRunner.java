package org.rewire.runtime.sweep;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.rewire.runtime.Counted;

/**
 * Runs a sweep: finds the runs still to do, hands them to a {@link SweepExecutor}, and records each
 * result as it arrives. Every run's experiment is read, and every run still to do checked with the
 * rules that need no data ({@link SweepRuns#check}), before any run starts, so a wrong grid value
 * stops the sweep at once with its location. A run whose folder holds {@code summary.json} and the
 * same resolved config is complete and skipped; an interrupted run whose checkpoint was written for
 * the same config continues from it; any other existing folder (a run stopped before its first
 * checkpoint, or one made before the base experiment was edited) is replaced ({@link
 * SweepRuns#run}). A run that fails is recorded with its error and the others go on. After every
 * finished run the results table is rewritten, in plan order whatever order runs finish in.
 */
public final class SweepRunner {
  private final SweepRuns runs;
  private final SweepExecutor executor;
  private final List<RunResult> results;
  private final PrintWriter out;
  private final int stale;
  private int finished;

  /**
   * Reads every run's experiment and what its folder holds, and checks those still to run.
   *
   * @param out receives one line when the sweep starts and one per finished run
   * @throws org.rewire.runtime.config.ExperimentFileException when a run's experiment is wrong
   */
  public SweepRunner(SweepRuns runs, SweepExecutor executor, PrintWriter out) {
    this.runs = runs;
    this.executor = executor;
    this.out = out;
    for (int i = 0; i < runs.size(); i++) {
      runs.experiment(i);
    }
    this.results = new ArrayList<>();
    int stale = 0;
    for (int i = 0; i < runs.size(); i++) {
      FinishedRun.State state = runs.state(i);
      stale += state == FinishedRun.State.STALE ? 1 : 0;
      results.add(
          state == FinishedRun.State.DONE
              ? RunResult.done(FinishedRun.summary(runs.runFolder(i)))
              : RunResult.PENDING);
    }
    this.stale = stale;
    // The data-free rules do not depend on the seed: one check per setting of the other keys.
    Set<List<String>> checked = new HashSet<>();
    for (int i = 0; i < results.size(); i++) {
      if (results.get(i).status() == RunResult.Status.PENDING
          && checked.add(settingsBesidesSeed(runs.plan().runs().get(i)))) {
        runs.check(i);
      }
    }
  }

  /**
   * Writes the results table from what each run's folder records, running nothing: the runs done
   * (by any executor, such as the tasks of a job array) with their figures, the others pending.
   *
   * @return each run's result, in plan order
   * @throws org.rewire.runtime.config.ExperimentFileException when a run's experiment is wrong
   * @throws IOException if the table cannot be written
   */
  public static List<RunResult> collect(SweepRuns runs) throws IOException {
    List<RunResult> results = new ArrayList<>();
    for (int i = 0; i < runs.size(); i++) {
      results.add(runs.recorded(i));
    }
    ResultsTable.write(runs.folder(), ResultsTable.rows(runs.plan(), results));
    return results;
  }

  /** A run's overrides without its seed, as {@code key=value} texts. */
  private static List<String> settingsBesidesSeed(PlannedRun run) {
    return run.texts().stream().filter(t -> !t.startsWith("seed=")).toList();
  }

  /** The plan being run. */
  public SweepPlan plan() {
    return runs.plan();
  }

  /** Each run's result so far, in plan order. */
  public synchronized List<RunResult> results() {
    return List.copyOf(results);
  }

  /**
   * Runs every pending run and writes the results table.
   *
   * @return whether every run is done
   * @throws IOException if the results table cannot be written before the first run
   */
  public boolean run() throws IOException, InterruptedException {
    List<Integer> pending = new ArrayList<>();
    for (int i = 0; i < results.size(); i++) {
      if (results.get(i).status() == RunResult.Status.PENDING) {
        pending.add(i);
      }
    }
    int done = results.size() - pending.size();
    finished = done;
    int threads = runs.experiment(0).training().threads();
    out.printf(
        Locale.ROOT,
        "sweep %s: %s (%d done earlier, skipped%s), %s, %s each%n",
        runs.sweep().name(),
        Counted.of(results.size(), "run"),
        done,
        stale == 0 ? "" : "; " + stale + " finished with another config, redone",
        executor.describe(),
        Counted.of(threads == 0 ? executor.threadsPerRun() : threads, "training thread"));
    out.flush();
    ResultsTable.write(runs.folder(), ResultsTable.rows(plan(), results()));
    executor.execute(runs, pending, this::finish);
    return results().stream().allMatch(r -> r.status() == RunResult.Status.DONE);
  }

  private synchronized void finish(int i, RunResult result) {
    results.set(i, result);
    finished++;
    out.printf(
        Locale.ROOT,
        "[%d/%d] %s %s%n",
        finished,
        results.size(),
        plan().runs().get(i).id(),
        result.describe());
    out.flush();
    try {
      ResultsTable.write(runs.folder(), ResultsTable.rows(plan(), results));
    } catch (IOException e) {
      out.printf("cannot write %s: %s%n", runs.folder().resolve(ResultsTable.CSV), e.getMessage());
    }
  }
}
