package org.rewire.runtime.sweep;

import com.fasterxml.jackson.databind.node.IntNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.rewire.runtime.UserInputException;
import org.rewire.runtime.assembly.ComponentFailureException;
import org.rewire.runtime.config.Experiment;
import org.rewire.runtime.config.ExperimentReader;
import org.rewire.runtime.config.SourceLocation;
import org.rewire.runtime.config.ValueOverride;
import org.rewire.runtime.output.RunFolder;
import org.rewire.runtime.plugin.ProviderRegistry;
import org.rewire.runtime.run.ExperimentRun;
import org.rewire.runtime.train.EpochSelection;
import org.rewire.runtime.train.ExperimentCheck;
import org.rewire.runtime.train.NumericalFaultException;
import org.rewire.runtime.train.Progress;
import org.rewire.runtime.train.RunSummary;
import org.rewire.runtime.train.StoppedRun;

/**
 * Runs a sweep's plan with a fixed pool of workers. Every run's experiment is read, and every run
 * still to do checked with the rules that need no data ({@link ExperimentCheck}), before any run
 * starts, so a wrong grid value stops the sweep at once with its location. A run whose folder holds
 * {@code summary.json} and the same resolved config is complete and skipped; an interrupted run
 * whose checkpoint was written for the same config continues from it ({@link StoppedRun}); any
 * other existing folder (a run stopped before its first checkpoint, or one made before the base
 * experiment was edited) is replaced. A run that fails is recorded with its error and the others go
 * on. After every finished run the results table is rewritten.
 *
 * <p>Runs share the machine: unless the experiment sets {@code training.threads}, each run trains
 * with {@code cores / workers} threads (at least 1); unless the sweep sets {@code workers}, there
 * are {@code cores / training.threads} workers (one per core when threads is 0).
 */
public final class SweepRunner {
  private final SweepFile sweep;
  private final SweepPlan plan;
  private final Path folder;
  private final Path cache;
  private final ProviderRegistry registry;
  private final int workers;
  private final List<Experiment> experiments;
  private final List<RunResult> results;
  private final PrintWriter out;
  private final IntFunction<Progress> progress;
  private final int stale;
  private int finished;

  /**
   * Reads every run's experiment and checks those still to run ({@link ExperimentCheck}).
   *
   * @param workers parallel runs, 0 to choose from the cores
   * @param cores the cores to fill
   * @param progress makes a run's training progress for its epochs; used with one worker only
   * @throws org.rewire.runtime.config.ExperimentFileException when a run's experiment is wrong
   */
  public SweepRunner(
      SweepFile sweep,
      Path folder,
      ProviderRegistry registry,
      Path cache,
      int workers,
      int cores,
      PrintWriter out,
      IntFunction<Progress> progress) {
    this.sweep = sweep;
    this.plan = SweepPlan.of(sweep);
    this.folder = folder;
    this.cache = cache;
    this.registry = registry;
    this.out = out;
    this.progress = progress;
    ExperimentReader reader = new ExperimentReader(registry);
    List<Experiment> plain = new ArrayList<>();
    for (PlannedRun run : plan.runs()) {
      plain.add(reader.readWith(sweep.experiment(), run.overrides()));
    }
    int threads = plain.get(0).training().threads();
    // No more workers than runs, so a small sweep gives each run more threads.
    this.workers =
        Math.min(
            plan.runs().size(), workers > 0 ? workers : Math.max(1, cores / Math.max(1, threads)));
    ValueOverride shared =
        new ValueOverride(
            "training.threads",
            IntNode.valueOf(Math.max(1, cores / this.workers)),
            new SourceLocation("sweep: cores / workers", 0, 0));
    this.experiments = new ArrayList<>();
    for (int i = 0; i < plain.size(); i++) {
      List<ValueOverride> overrides = new ArrayList<>(plan.runs().get(i).overrides());
      if (plain.get(i).training().threads() == 0) {
        overrides.add(shared);
      }
      experiments.add(
          overrides.size() == plan.runs().get(i).overrides().size()
              ? plain.get(i)
              : reader.readWith(sweep.experiment(), overrides));
    }
    this.results = new ArrayList<>();
    int stale = 0;
    for (int i = 0; i < plan.runs().size(); i++) {
      Path path = runFolder(plan.runs().get(i));
      FinishedRun.State state = FinishedRun.of(path, experiments.get(i));
      stale += state == FinishedRun.State.STALE ? 1 : 0;
      results.add(
          state == FinishedRun.State.DONE
              ? RunResult.done(FinishedRun.summary(path))
              : RunResult.PENDING);
    }
    this.stale = stale;
    for (int i = 0; i < results.size(); i++) {
      if (results.get(i).status() == RunResult.Status.PENDING) {
        checkBeforeAnyRun(experiments.get(i));
      }
    }
  }

  /**
   * A mistake in a run's experiment stops the sweep now, at its place; a plugin that fails, or a
   * run too large for the heap, fails only that run when it runs, and is recorded there.
   */
  private void checkBeforeAnyRun(Experiment e) {
    try {
      ExperimentCheck.check(e, cache);
    } catch (ComponentFailureException | OutOfMemoryError ex) {
      // left to the run, which records it and lets the others go on
    }
  }

  /** The plan being run. */
  public SweepPlan plan() {
    return plan;
  }

  /** Parallel runs. */
  public int workers() {
    return workers;
  }

  /** Each run's result so far, in plan order. */
  public synchronized List<RunResult> results() {
    return List.copyOf(results);
  }

  /** The folder of {@code run}. */
  public Path runFolder(PlannedRun run) {
    return folder.resolve("runs").resolve(run.id());
  }

  /**
   * Runs every pending run and writes the results table.
   *
   * @return whether every run is done
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
    int threads = experiments.get(0).training().threads();
    out.printf(
        Locale.ROOT,
        "sweep %s: %d runs (%d done earlier, skipped%s), %d workers, %d training threads each%n",
        sweep.name(),
        results.size(),
        done,
        stale == 0 ? "" : "; " + stale + " finished with another config, redone",
        workers,
        threads);
    out.flush();
    ResultsTable.write(folder, ResultsTable.rows(plan, results()));
    ExecutorService pool = Executors.newFixedThreadPool(workers);
    try {
      for (int i : pending) {
        pool.submit(() -> finish(i, execute(i)));
      }
    } finally {
      pool.shutdown();
      pool.awaitTermination(Long.MAX_VALUE, TimeUnit.DAYS);
    }
    return results().stream().allMatch(r -> r.status() == RunResult.Status.DONE);
  }

  private RunResult execute(int i) {
    PlannedRun run = plan.runs().get(i);
    Experiment e = experiments.get(i);
    Path path = runFolder(run);
    Progress training =
        workers == 1
            ? progress.apply(e.training().epochs())
            : new Progress(new PrintWriter(Writer.nullWriter()), false, e.training().epochs());
    try {
      Optional<StoppedRun> stopped = StoppedRun.resumable(path, e, registry);
      if (stopped.isPresent()) {
        StoppedRun s = stopped.get();
        ExperimentRun.resume(s.experiment(), s.checkpoint(), s.runFolder(), cache, training);
      } else {
        ExperimentRun.execute(e, run.texts(), cache, () -> createFolder(path, run), training);
      }
      return RunSummary.read(path)
          .map(RunResult::done)
          .orElseGet(() -> RunResult.failed("the run wrote no " + RunSummary.NAME));
    } catch (UserInputException | ComponentFailureException | NumericalFaultException ex) {
      return RunResult.failed(ex.getMessage());
    } catch (IOException | UncheckedIOException ex) {
      return RunResult.failed("cannot write the run folder: " + ex.getMessage());
    } catch (RuntimeException ex) {
      return RunResult.failed("internal error, please report it: " + ex);
    } catch (OutOfMemoryError ex) {
      // Recorded like any failure, so the sweep goes on: the run's memory is unreachable now.
      return RunResult.failed(
          "out of memory: the run needs more than the "
              + (Runtime.getRuntime().maxMemory() >> 20)
              + " MiB heap ("
              + workers
              + " runs at a time share it); run fewer at once (--workers) or allow more with"
              + " REWIRE_JAVA_OPTS=-Xmx<size>");
    }
  }

  private static RunFolder createFolder(Path path, PlannedRun run) {
    RunFolder folder = RunFolder.at(path, true);
    Map<String, Object> params = new LinkedHashMap<>();
    run.overrides().forEach(o -> params.put(o.key(), o.value()));
    try {
      folder.writeJson("params.json", params);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return folder;
  }

  private synchronized void finish(int i, RunResult result) {
    results.set(i, result);
    finished++;
    out.printf(
        Locale.ROOT,
        "[%d/%d] %s %s%n",
        finished,
        results.size(),
        plan.runs().get(i).id(),
        describe(result));
    out.flush();
    try {
      ResultsTable.write(folder, ResultsTable.rows(plan, results));
    } catch (IOException e) {
      out.printf("cannot write %s: %s%n", folder.resolve(ResultsTable.CSV), e.getMessage());
    }
  }

  /** One line about a finished run: its figures and wall time, or why it failed. */
  static String describe(RunResult result) {
    RunSummary s = result.summary();
    if (s == null) {
      return "FAILED: " + result.error();
    }
    StringBuilder line = new StringBuilder();
    if (s.testAccuracy() != null) {
      line.append(String.format(Locale.ROOT, "test %.1f%% ", 100 * s.testAccuracy()));
    }
    if (s.selection() == EpochSelection.Method.BEST_VALIDATION_EPOCH) {
      line.append(
          String.format(
              Locale.ROOT,
              "at best validation epoch %d (validation %.1f%%) ",
              s.selectedEpoch(),
              100 * s.bestValidationAccuracy()));
    }
    line.append(
        String.format(
            Locale.ROOT,
            "memory %,d %s (%.0f s)",
            s.memory(),
            s.mappable() ? "mappable" : s.violations() + " violations",
            s.wallSeconds()));
    return line.toString();
  }
}
