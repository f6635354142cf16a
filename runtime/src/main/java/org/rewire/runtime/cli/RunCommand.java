package org.rewire.runtime.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.rewire.runtime.config.Experiment;
import org.rewire.runtime.plugin.ProviderDiscovery;
import org.rewire.runtime.run.Components;
import org.rewire.runtime.run.ExperimentAssembly;
import org.rewire.runtime.run.Provenance;
import org.rewire.runtime.run.RunFolder;
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
      Components components = ExperimentAssembly.build(e, parent.session.cache());
      RunFolder folder =
          RunFolder.create(e, output != null ? output : Path.of(e.output().dir()), force);
      try {
        folder.writeConfig(e);
        folder.writeProvenance(
            Provenance.of(e, experiment.overrides, components.dataset().provenance()));
      } catch (IOException ex) {
        throw new UncheckedIOException(ex);
      }
      parent.session.out().printf("run folder: %s%n", folder.path());
      return ExitCodes.OK;
    }
  }
}
