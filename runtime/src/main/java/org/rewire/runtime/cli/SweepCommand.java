package org.rewire.runtime.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import org.rewire.runtime.UserInputException;
import org.rewire.runtime.plugin.ProviderDiscovery;
import org.rewire.runtime.sweep.LocalSweepExecutor;
import org.rewire.runtime.sweep.PlannedRun;
import org.rewire.runtime.sweep.RunResult;
import org.rewire.runtime.sweep.SweepFile;
import org.rewire.runtime.sweep.SweepReader;
import org.rewire.runtime.sweep.SweepRunner;
import org.rewire.runtime.sweep.SweepRuns;
import org.rewire.runtime.train.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code rewire sweep FILE}: runs an experiment over a grid of overrides. */
@Command(
    name = "sweep",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Run an experiment over a grid of overrides, several runs at a time; runs already complete"
          + " are skipped, so an interrupted sweep resumes. Writes results.csv and results.json"
          + " in the sweep folder (output.dir/name), one row per run.",
      "Exit code 0 when every run is done, 1 when some failed, 2 for a mistake in the sweep file."
    },
    footer = {
      "",
      "Sweep file:",
      "  experiment: ../quickstart.yaml     # relative to the sweep file",
      "  name: my-sweep                     # sweep folder: output.dir/name",
      "  grid:                              # every combination, first key slowest",
      "    seed: [1, 2, 3]",
      "    sparsifier.profile: [{1: 0.5}, {1: 1.0, 3: 0.1}]",
      "  runs: [{seed: 9, training.epochs: 20}]   # optional extra runs",
      "  workers: 0                         # 0: cores / training.threads",
      "  output: {dir: sweeps}",
      "Each run's folder is SWEEP/runs/<id>, e.g. runs/seed=1,sparsifier.profile=1-0.5; it is done"
          + " when it holds summary.json written with the same resolved config.",
      "",
      "One task of a job array (Slurm, PBS, LSF, Kubernetes) runs one run:",
      "  rewire sweep FILE --run-index $SLURM_ARRAY_TASK_ID   # from 0, see --dry-run",
      "then `rewire sweep FILE` writes results.csv, skipping the runs that are done."
    })
final class SweepCommand implements java.util.concurrent.Callable<Integer> {
  @ParentCommand RewireCommand parent;

  @Parameters(index = "0", paramLabel = "FILE", description = "Sweep YAML file.")
  Path file;

  @Option(
      names = "--workers",
      paramLabel = "N",
      description = "Parallel runs (overrides workers:; 0 fits them to the cores).")
  Integer workers;

  @Option(
      names = "--output",
      paramLabel = "DIR",
      description = "Folder that holds sweep folders (overrides output.dir).")
  Path output;

  @Option(names = "--dry-run", description = "List the runs and whether each is done; run none.")
  boolean dryRun;

  @Option(
      names = "--run-index",
      paramLabel = "I",
      description =
          "Run only run I of the plan (from 0, as --dry-run numbers them), continuing it from its"
              + " checkpoint if it stopped, and write no results table: one task of a job array.")
  Integer runIndex;

  @Override
  public Integer call() throws InterruptedException {
    SweepFile sweep = SweepReader.read(file);
    if (workers != null && workers < 0) {
      throw new UserInputException("--workers: expected an integer >= 0, got " + workers);
    }
    if (runIndex != null && (workers != null || dryRun)) {
      throw new UserInputException("--run-index runs one run; it takes no --workers or --dry-run");
    }
    Path folder = (output != null ? output.resolve(sweep.name()) : sweep.folder()).toAbsolutePath();
    int cores = Runtime.getRuntime().availableProcessors();
    try (ProviderDiscovery discovery = parent.session.discover(parent.plugins)) {
      SweepRuns runs = new SweepRuns(sweep, folder, discovery.registry(), parent.session.cache());
      if (runIndex != null) {
        return runOne(runs, runIndex, cores);
      }
      LocalSweepExecutor executor =
          LocalSweepExecutor.fitted(
              workers != null ? workers : sweep.workers(), cores, runs, this::progress);
      SweepRunner runner = new SweepRunner(runs, executor, parent.session.out());
      if (dryRun) {
        list(runner, executor);
        return ExitCodes.OK;
      }
      boolean allDone = runner.run();
      long failed =
          runner.results().stream().filter(r -> r.status() == RunResult.Status.FAILED).count();
      parent
          .session
          .out()
          .printf(
              Locale.ROOT,
              "%d done, %d failed; results: %s%n",
              runner.results().size() - failed,
              failed,
              folder.resolve("results.csv"));
      return allDone ? ExitCodes.OK : ExitCodes.FAILURE;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Runs run {@code i} alone with every core, as one task of a job array; exit code 0 when it is
   * done (now or earlier), 1 when it failed.
   */
  private int runOne(SweepRuns runs, int i, int cores) {
    if (i < 0 || i >= runs.size()) {
      throw new UserInputException(
          "--run-index: expected 0 to "
              + (runs.size() - 1)
              + " (the sweep has "
              + runs.size()
              + " runs), got "
              + i);
    }
    String id = runs.plan().runs().get(i).id();
    if (runs.recorded(i).status() == RunResult.Status.DONE) {
      parent.session.out().printf(Locale.ROOT, "run %d %s: done earlier, skipped%n", i, id);
      return ExitCodes.OK;
    }
    runs.check(i);
    RunResult result = runs.run(i, cores, 1, this::progress);
    parent.session.out().printf(Locale.ROOT, "run %d %s %s%n", i, id, result.describe());
    return result.status() == RunResult.Status.DONE ? ExitCodes.OK : ExitCodes.FAILURE;
  }

  private Progress progress(int epochs) {
    return new Progress(parent.session.err(), Progress.isInteractive(parent.session.env()), epochs);
  }

  private void list(SweepRunner runner, LocalSweepExecutor executor) {
    for (int i = 0; i < runner.plan().runs().size(); i++) {
      PlannedRun run = runner.plan().runs().get(i);
      boolean done = runner.results().get(i).status() == RunResult.Status.DONE;
      parent
          .session
          .out()
          .printf(Locale.ROOT, "%4d  %-7s %s%n", i, done ? "done" : "to run", run.id());
    }
    parent
        .session
        .out()
        .printf(
            Locale.ROOT, "%d runs, %d workers%n", runner.plan().runs().size(), executor.workers());
  }
}
