package org.rewire.runtime.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.rewire.api.MappingReport;
import org.rewire.runtime.Counted;
import org.rewire.runtime.UserInputException;
import org.rewire.runtime.config.Experiment;
import org.rewire.runtime.output.RunFolder;
import org.rewire.runtime.plugin.ProviderDiscovery;
import org.rewire.runtime.run.ExperimentRun;
import org.rewire.runtime.train.EpochSelection;
import org.rewire.runtime.train.ExperimentCheck;
import org.rewire.runtime.train.Progress;
import org.rewire.runtime.train.StoppedRun;
import org.rewire.runtime.train.TrainingSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code rewire run FILE}: builds every component of an experiment and runs it; {@code rewire run
 * --resume RUN_DIR} continues a stopped run from its last checkpoint.
 */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Run an experiment and write its run folder (resolved config, provenance, results, a"
          + " checkpoint after every epoch).",
      "With --resume, FILE is the folder of a stopped run: it continues from its last checkpoint"
          + " with its config.yaml, to the results an uninterrupted run gives."
    })
final class RunCommand implements java.util.concurrent.Callable<Integer> {
  @ParentCommand RewireCommand parent;
  @Mixin ExperimentOptions experiment;

  @Option(names = "--force", description = "Replace the run folder if it exists.")
  boolean force;

  @Option(
      names = "--resume",
      description =
          "Continue the stopped run in the folder given as FILE from its last checkpoint.")
  boolean resume;

  @Option(
      names = "--output",
      paramLabel = "DIR",
      description = "Folder that holds run folders (overrides output.dir).")
  Path output;

  @Override
  public Integer call() {
    try (ProviderDiscovery discovery = parent.session.discover(parent.plugins)) {
      if (resume) {
        return resume(discovery);
      }
      Experiment e = experiment.read(discovery.registry());
      Path root = output != null ? output : Path.of(e.output().dir());
      RunFolder.requireAvailable(e, root, force);
      // Before the data loads, which can take minutes: the rules validate applies.
      ExperimentCheck.check(e, parent.session.cache());
      Progress progress =
          new Progress(
              parent.session.err(),
              Progress.isInteractive(parent.session.env()),
              e.training().epochs());
      try {
        TrainingSummary summary =
            ExperimentRun.execute(
                e,
                experiment.overrides,
                parent.session.cache(),
                () -> RunFolder.create(e, root, force),
                progress);
        print(parent.session.out(), summary, 0);
      } catch (IOException ex) {
        throw new UncheckedIOException(ex);
      }
      return ExitCodes.OK;
    }
  }

  private int resume(ProviderDiscovery discovery) {
    if (!experiment.overrides.isEmpty() || force || output != null) {
      throw new UserInputException(
          "--resume continues a run as it was configured; it takes no --set, --force or --output");
    }
    Optional<StoppedRun> stopped = StoppedRun.read(experiment.file, discovery.registry());
    if (stopped.isEmpty()) {
      parent.session.out().printf("run %s already finished; nothing to resume%n", experiment.file);
      return ExitCodes.OK;
    }
    StoppedRun run = stopped.get();
    int epochs = run.experiment().training().epochs();
    parent
        .session
        .err()
        .printf(
            "resuming %s after epoch %d of %d%n", run.folder(), run.checkpoint().epochs(), epochs);
    Progress progress =
        new Progress(parent.session.err(), Progress.isInteractive(parent.session.env()), epochs);
    try {
      TrainingSummary summary =
          ExperimentRun.resume(
              run.experiment(),
              run.checkpoint(),
              run.runFolder(),
              parent.session.cache(),
              progress);
      print(parent.session.out(), summary, run.checkpoint().epochs());
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
    return ExitCodes.OK;
  }

  /**
   * The run's summary lines; {@code resumedAfter} is the epoch a resumed run continued after (0 for
   * a run from the start), so that the time printed is said to be for the epochs this process
   * trained.
   */
  private static void print(PrintWriter out, TrainingSummary s, int resumedAfter) {
    MappingReport m = s.mapping();
    EpochSelection selected = s.selection();
    if (selected.method() == EpochSelection.Method.BEST_VALIDATION_EPOCH) {
      out.printf(
          Locale.ROOT,
          "best validation accuracy: %.2f %% at epoch %d of %d%n",
          100 * selected.validationAccuracy(),
          selected.epoch().orElseThrow(),
          s.epochs());
      if (selected.testAccuracy() != null) {
        out.printf(
            Locale.ROOT,
            "test accuracy: %.2f %% at that epoch (%.2f %% after the last)%n",
            100 * selected.testAccuracy(),
            100 * selected.lastTestAccuracy());
      }
    } else if (selected.testAccuracy() != null) {
      out.printf(Locale.ROOT, "test accuracy: %.2f %%%n", 100 * selected.testAccuracy());
    }
    out.printf(
        Locale.ROOT,
        "mapped memory: %,d %s (%s)%n",
        m.totalMemory(),
        m.memoryUnit(),
        m.memoryByKind().entrySet().stream()
            .map(k -> k.getKey() + " " + String.format(Locale.ROOT, "%,d", k.getValue()))
            .collect(java.util.stream.Collectors.joining(", ")));
    out.printf(
        "mappable: %s%n",
        m.mappable()
            ? "yes"
            : "no, " + Counted.of(m.violations().size(), "capacity", "capacities") + " exceeded");
    if (resumedAfter >= s.epochs() && resumedAfter > 0) {
      out.printf(Locale.ROOT, "trained no epoch (all %d were in the checkpoint)%n", s.epochs());
    } else if (resumedAfter > 0) {
      out.printf(
          Locale.ROOT,
          "trained epochs %d-%d in %.1f s (resumed after epoch %d)%n",
          resumedAfter + 1,
          s.epochs(),
          s.seconds(),
          resumedAfter);
    } else {
      out.printf(
          Locale.ROOT, "trained %s in %.1f s%n", Counted.of(s.epochs(), "epoch"), s.seconds());
    }
    out.printf("run folder: %s%n", s.folder());
  }
}
