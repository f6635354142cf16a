package org.rewire.runtime.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rewire.runtime.UserInputException;
import org.rewire.runtime.plugin.ProviderDiscovery;
import org.rewire.runtime.sweep.LocalSweepExecutor;
import org.rewire.runtime.sweep.PlannedRun;
import org.rewire.runtime.sweep.RunResult;
import org.rewire.runtime.sweep.SlurmSettings;
import org.rewire.runtime.sweep.SweepExecutor;
import org.rewire.runtime.sweep.SweepFile;
import org.rewire.runtime.sweep.SweepReader;
import org.rewire.runtime.sweep.SweepRunner;
import org.rewire.runtime.sweep.SweepRuns;
import org.rewire.runtime.sweep.slurm.SlurmSweepExecutor;
import org.rewire.runtime.train.Progress;
import picocli.CommandLine.ArgGroup;
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
      "Exit code 0 when every run is done (with --executor slurm and no --wait: when the runs"
          + " not done are submitted), 1 when some failed, 2 for a mistake in the sweep file or a"
          + " submission Slurm refused."
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
      "  slurm: {partition: cpu, cpus_per_task: 4, memory: 8G, time: \"2:00:00\",",
      "          max_parallel: 20, sbatch_args: [--account=lab]}  # --executor slurm",
      "",
      "On Slurm: `rewire sweep FILE --executor slurm` submits one job array of the runs",
      "not done (task script and logs in SWEEP/slurm/) and returns; run it again to see",
      "where runs stand (done, running, queued, failed) and to submit only what is",
      "missing, or add --wait to follow it. Tasks requeued after preemption continue",
      "from their checkpoints. --collect writes results.csv from the run folders.",
      "",
      "One task of any job array (PBS, LSF, a Kubernetes Indexed Job) runs one run:",
      "  rewire sweep FILE --run-index $SLURM_ARRAY_TASK_ID   # from 0, see --dry-run",
      "then `rewire sweep FILE --collect` writes results.csv."
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

  @Option(
      names = "--executor",
      paramLabel = "NAME",
      description =
          "Where runs run: local (a pool of workers here, the default) or slurm (one Slurm job"
              + " array; see the slurm: section of the sweep file and the options below).")
  Executor executor = Executor.local;

  @Option(
      names = "--collect",
      description =
          "Run and submit nothing: write results.csv and results.json from the run folders (and"
              + " with --executor slurm, say where each run not done stands).")
  boolean collect;

  @Option(
      names = "--wait",
      description =
          "With --executor slurm: follow the array until every run has ended, then write the"
              + " results (else return once it is submitted).")
  boolean await;

  @Option(
      names = "--poll",
      paramLabel = "SECONDS",
      description = "With --wait: how often to read the Slurm queue (default: 10).")
  Integer pollSeconds;

  @ArgGroup(exclusive = false, heading = "Slurm (override the sweep file's slurm: section):%n")
  SlurmOptions slurm;

  /** Where a sweep's runs run. */
  enum Executor {
    local,
    slurm
  }

  /** The options that override the {@code slurm:} section. */
  static final class SlurmOptions {
    @Option(names = "--partition", paramLabel = "NAME", description = "sbatch --partition.")
    String partition;

    @Option(
        names = "--cpus-per-task",
        paramLabel = "N",
        description = "Cores of each task, also its training threads (default 1).")
    Integer cpusPerTask;

    @Option(names = "--mem", paramLabel = "SIZE", description = "Memory of each task, e.g. 8G.")
    String memory;

    @Option(
        names = "--time",
        paramLabel = "LIMIT",
        description = "Time limit of each task, e.g. 90 (minutes) or 1-12:00:00.")
    String time;

    @Option(
        names = "--max-parallel",
        paramLabel = "N",
        description = "Tasks of the array running at once (--array=...%%N).")
    Integer maxParallel;

    @Option(
        names = "--sbatch-arg",
        paramLabel = "ARG",
        description = "A further sbatch argument, e.g. --sbatch-arg=--account=lab; repeatable.")
    List<String> sbatchArgs = new ArrayList<>();

    /** These options as settings, checked. */
    SlurmSettings settings() {
      if (cpusPerTask != null && cpusPerTask < 1) {
        throw new UserInputException(
            "--cpus-per-task: expected an integer >= 1, got " + cpusPerTask);
      }
      if (maxParallel != null && maxParallel < 1) {
        throw new UserInputException(
            "--max-parallel: expected an integer >= 1, got " + maxParallel);
      }
      check("--mem", memory == null ? null : SlurmSettings.memoryProblem(memory));
      check("--time", time == null ? null : SlurmSettings.timeProblem(time));
      sbatchArgs.forEach(a -> check("--sbatch-arg", SlurmSettings.argumentProblem(a)));
      return new SlurmSettings(
          partition,
          cpusPerTask == null ? 0 : cpusPerTask,
          memory,
          time,
          maxParallel == null ? 0 : maxParallel,
          sbatchArgs);
    }

    private static void check(String option, String problem) {
      if (problem != null) {
        throw new UserInputException(option + ": " + problem);
      }
    }
  }

  @Override
  public Integer call() throws InterruptedException {
    SweepFile sweep = SweepReader.read(file);
    checkOptions();
    Path folder = (output != null ? output.resolve(sweep.name()) : sweep.folder()).toAbsolutePath();
    int cores = Runtime.getRuntime().availableProcessors();
    try (ProviderDiscovery discovery = parent.session.discover(parent.plugins)) {
      SweepRuns runs = new SweepRuns(sweep, folder, discovery.registry(), parent.session.cache());
      if (runIndex != null) {
        return runOne(runs, runIndex, cores);
      }
      SlurmSweepExecutor cluster = executor == Executor.slurm ? slurmExecutor(sweep, folder) : null;
      if (collect) {
        return collect(runs, cluster);
      }
      SweepExecutor chosen =
          cluster != null
              ? cluster
              : LocalSweepExecutor.fitted(
                  workers != null ? workers : sweep.workers(), cores, runs, this::progress);
      SweepRunner runner = new SweepRunner(runs, chosen, parent.session.out());
      if (dryRun) {
        list(runner, chosen);
        return ExitCodes.OK;
      }
      boolean allDone = runner.run();
      if (cluster != null && !cluster.waits()) {
        return ExitCodes.OK;
      }
      long failed =
          runner.results().stream().filter(r -> r.status() == RunResult.Status.FAILED).count();
      long done =
          runner.results().stream().filter(r -> r.status() == RunResult.Status.DONE).count();
      long unfinished = runner.results().size() - done - failed;
      parent
          .session
          .out()
          .printf(
              Locale.ROOT,
              "%d done, %d failed%s; results: %s%n",
              done,
              failed,
              unfinished == 0 ? "" : ", " + unfinished + " not finished",
              folder.resolve("results.csv"));
      return allDone ? ExitCodes.OK : ExitCodes.FAILURE;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Refuses options that do not go together. */
  private void checkOptions() {
    if (workers != null && workers < 0) {
      throw new UserInputException("--workers: expected an integer >= 0, got " + workers);
    }
    if (runIndex != null && (workers != null || dryRun || collect || await || slurm != null)) {
      throw new UserInputException(
          "--run-index runs one run; it takes no --workers, --dry-run, --collect, --wait or Slurm"
              + " options");
    }
    if (collect && (dryRun || await)) {
      throw new UserInputException("--collect runs nothing; it takes no --dry-run or --wait");
    }
    if (executor != Executor.slurm && (await || slurm != null)) {
      throw new UserInputException(
          "--wait and the Slurm options (--partition, --cpus-per-task, --mem, --time,"
              + " --max-parallel, --sbatch-arg) need --executor slurm");
    }
    if (executor == Executor.slurm && workers != null) {
      throw new UserInputException(
          "--workers sizes the local pool; with --executor slurm each run is one array task"
              + " (--cpus-per-task, --max-parallel)");
    }
    if (pollSeconds != null && (!await || pollSeconds < 1)) {
      throw new UserInputException(
          await
              ? "--poll: expected an integer >= 1, got " + pollSeconds
              : "--poll sets how often --wait reads the queue; it needs --wait");
    }
  }

  private SlurmSweepExecutor slurmExecutor(SweepFile sweep, Path folder) {
    SlurmSettings settings = slurm == null ? sweep.slurm() : sweep.slurm().with(slurm.settings());
    // Slurm's commands need the PATH and SLURM_* variables of the whole environment; the
    // session's (the same in production) may set them for a test.
    Map<String, String> env = new HashMap<>(System.getenv());
    env.putAll(parent.session.env());
    String fromEnv = env.get("REWIRE_PLUGINS");
    Path plugins =
        parent.plugins != null
            ? parent.plugins
            : (fromEnv == null || fromEnv.isBlank() ? null : Path.of(fromEnv));
    return new SlurmSweepExecutor(
        settings,
        env,
        new SlurmSweepExecutor.Tasks(file, folder.getParent(), plugins, parent.session.cache()),
        await ? Duration.ofSeconds(pollSeconds == null ? 10 : pollSeconds) : null,
        parent.session.out());
  }

  /**
   * Writes the results table from the run folders; with a cluster, says where each run not done
   * stands. Exit code 0 when every run is done, else 1.
   */
  private int collect(SweepRuns runs, SlurmSweepExecutor cluster)
      throws IOException, InterruptedException {
    List<RunResult> results = SweepRunner.collect(runs);
    List<Integer> notDone = new ArrayList<>();
    for (int i = 0; i < results.size(); i++) {
      if (results.get(i).status() != RunResult.Status.DONE) {
        notDone.add(i);
      }
    }
    parent
        .session
        .out()
        .printf(
            Locale.ROOT,
            "sweep %s: %d runs, %d done, %d not done; results: %s%n",
            runs.sweep().name(),
            results.size(),
            results.size() - notDone.size(),
            notDone.size(),
            runs.folder().resolve("results.csv"));
    if (cluster != null && !notDone.isEmpty()) {
      cluster.report(runs, notDone);
    }
    return notDone.isEmpty() ? ExitCodes.OK : ExitCodes.FAILURE;
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

  private void list(SweepRunner runner, SweepExecutor executor) {
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
        .printf(Locale.ROOT, "%d runs, %s%n", runner.plan().runs().size(), executor.describe());
  }
}
