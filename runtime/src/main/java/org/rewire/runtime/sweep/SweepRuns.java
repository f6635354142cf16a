package org.rewire.runtime.sweep;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;
import org.rewire.runtime.UserInputException;
import org.rewire.runtime.assembly.ComponentFailureException;
import org.rewire.runtime.config.Experiment;
import org.rewire.runtime.config.ExperimentReader;
import org.rewire.runtime.output.RunFolder;
import org.rewire.runtime.plugin.ProviderRegistry;
import org.rewire.runtime.run.ExperimentRun;
import org.rewire.runtime.train.ExperimentCheck;
import org.rewire.runtime.train.NumericalFaultException;
import org.rewire.runtime.train.Progress;
import org.rewire.runtime.train.RunSummary;
import org.rewire.runtime.train.StoppedRun;

/**
 * The runs of one sweep, bound to the installed plugins and the sweep's folder: each run's
 * experiment (the base experiment with the run's overrides, read once), its folder {@code
 * runs/<id>}, what that folder already records, and the one way every {@link SweepExecutor} runs a
 * run ({@link #run}). Safe to use from several threads.
 */
public final class SweepRuns {
  private final SweepFile sweep;
  private final SweepPlan plan;
  private final Path folder;
  private final ProviderRegistry registry;
  private final Path cache;
  private final Experiment[] experiments;

  /**
   * The runs of {@code sweep}'s plan, in {@code folder}; no experiment is read yet.
   *
   * @param folder the sweep folder, which holds {@code runs/} and the results tables
   * @param cache the cache folder for downloads
   */
  public SweepRuns(SweepFile sweep, Path folder, ProviderRegistry registry, Path cache) {
    this.sweep = sweep;
    this.plan = SweepPlan.of(sweep);
    this.folder = folder;
    this.registry = registry;
    this.cache = cache;
    this.experiments = new Experiment[plan.runs().size()];
  }

  /** The sweep. */
  public SweepFile sweep() {
    return sweep;
  }

  /** The plan, whose order the indexes of every method follow. */
  public SweepPlan plan() {
    return plan;
  }

  /** The number of runs. */
  public int size() {
    return experiments.length;
  }

  /** The sweep folder. */
  public Path folder() {
    return folder;
  }

  /** The folder of run {@code i}: {@code runs/<id>} in the sweep folder. */
  public Path runFolder(int i) {
    return folder.resolve("runs").resolve(plan.runs().get(i).id());
  }

  /**
   * The experiment of run {@code i}, as the sweep file and the run's overrides ask for it ({@code
   * training.threads} as they write it).
   *
   * @throws org.rewire.runtime.config.ExperimentFileException when it is wrong, at the mistake's
   *     place in the experiment or the sweep file
   */
  public synchronized Experiment experiment(int i) {
    if (experiments[i] == null) {
      experiments[i] =
          new ExperimentReader(registry)
              .readWith(sweep.experiment(), plan.runs().get(i).overrides());
    }
    return experiments[i];
  }

  /** What the folder of run {@code i} holds for its experiment. */
  FinishedRun.State state(int i) {
    return FinishedRun.of(runFolder(i), experiment(i));
  }

  /**
   * The result of run {@code i} as its folder records it: done with its summary when the run
   * finished for this experiment, else pending. How a sweep finds the runs done earlier, and how an
   * executor that ran the run in another process learns its result.
   */
  public RunResult recorded(int i) {
    return state(i) == FinishedRun.State.DONE
        ? RunResult.done(FinishedRun.summary(runFolder(i)))
        : RunResult.PENDING;
  }

  /**
   * Applies the rules that need no data to run {@code i} ({@link ExperimentCheck}), so a mistake in
   * a run's experiment stops the sweep before any run starts. A plugin that fails, or a run too
   * large for the heap, fails only that run when it runs, and is recorded there.
   *
   * @throws org.rewire.runtime.config.ExperimentFileException on a mistake, at its key
   */
  public void check(int i) {
    try {
      ExperimentCheck.check(experiment(i), cache);
    } catch (ComponentFailureException | OutOfMemoryError e) {
      // left to the run, which records it and lets the others go on
    }
  }

  /**
   * Runs run {@code i} in this process, as every executor runs a run: a run whose folder records it
   * done for this experiment is skipped; a run stopped after a checkpoint written for this
   * experiment continues from it ({@link StoppedRun#resumable}); any other run starts afresh in a
   * new folder (replacing one left by an earlier, unresumable attempt) with {@code params.json},
   * the run's overrides. Every failure is returned, not thrown, so the caller records it and goes
   * on.
   *
   * @param threads the training threads, when the experiment leaves {@code training.threads} at 0
   * @param sharing the runs that share this JVM's heap, for the advice when the run runs out of
   *     memory
   * @param progress makes the run's training progress display for its number of epochs
   * @return done with the run's summary, or failed with one line saying why: the user's mistake, a
   *     plugin's fault, a numerical fault, a folder that cannot be written, too little memory
   */
  public RunResult run(int i, int threads, int sharing, IntFunction<Progress> progress) {
    PlannedRun run = plan.runs().get(i);
    Path path = runFolder(i);
    try {
      Experiment e = withThreads(experiment(i), threads);
      if (FinishedRun.of(path, e) == FinishedRun.State.DONE) {
        return RunResult.done(FinishedRun.summary(path));
      }
      Progress training = progress.apply(e.training().epochs());
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
      return RunResult.failed(outOfMemory(sharing));
    }
  }

  private static String outOfMemory(int sharing) {
    String heap = (Runtime.getRuntime().maxMemory() >> 20) + " MiB heap";
    String more = "allow more with REWIRE_JAVA_OPTS=-Xmx<size>";
    return "out of memory: the run needs more than the "
        + (sharing > 1
            ? heap + " (" + sharing + " runs at a time share it); run fewer at once (--workers) or "
            : heap + "; ")
        + more;
  }

  private static Experiment withThreads(Experiment e, int threads) {
    return e.training().threads() == 0 ? e.withTraining(e.training().withThreads(threads)) : e;
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
}
