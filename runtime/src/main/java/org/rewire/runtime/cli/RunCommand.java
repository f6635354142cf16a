package org.rewire.runtime.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import org.rewire.api.MappingReport;
import org.rewire.runtime.config.Experiment;
import org.rewire.runtime.plugin.ProviderDiscovery;
import org.rewire.runtime.run.RunFolder;
import org.rewire.runtime.train.ExperimentRun;
import org.rewire.runtime.train.Progress;
import org.rewire.runtime.train.TrainingSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code rewire run FILE}: builds every component of an experiment and runs it. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description =
        "Run an experiment and write its run folder (resolved config, provenance, results).")
final class RunCommand implements java.util.concurrent.Callable<Integer> {
  @ParentCommand RewireCommand parent;
  @Mixin ExperimentOptions experiment;

  @Option(names = "--force", description = "Replace the run folder if it exists.")
  boolean force;

  @Option(
      names = "--output",
      paramLabel = "DIR",
      description = "Folder that holds run folders (overrides output.dir).")
  Path output;

  @Override
  public Integer call() {
    try (ProviderDiscovery discovery = parent.session.discover(parent.plugins)) {
      Experiment e = experiment.read(discovery.registry());
      Path root = output != null ? output : Path.of(e.output().dir());
      RunFolder.requireAvailable(e, root, force);
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
        print(parent.session.out(), summary);
      } catch (IOException ex) {
        throw new UncheckedIOException(ex);
      }
      return ExitCodes.OK;
    }
  }

  private static void print(PrintWriter out, TrainingSummary s) {
    MappingReport m = s.mapping();
    if (!Double.isNaN(s.testAccuracy())) {
      out.printf(Locale.ROOT, "test accuracy: %.2f %%%n", 100 * s.testAccuracy());
    }
    out.printf(
        Locale.ROOT,
        "mapped memory: %,d devices (%s)%n",
        m.totalMemory(),
        m.memoryByKind().entrySet().stream()
            .map(k -> k.getKey() + " " + String.format(Locale.ROOT, "%,d", k.getValue()))
            .collect(java.util.stream.Collectors.joining(", ")));
    out.printf(
        "mappable: %s%n",
        m.mappable() ? "yes" : "no, " + m.violations().size() + " ports over capacity");
    out.printf(Locale.ROOT, "trained %d epochs in %.1f s%n", s.epochs(), s.seconds());
    out.printf("run folder: %s%n", s.folder());
  }
}
