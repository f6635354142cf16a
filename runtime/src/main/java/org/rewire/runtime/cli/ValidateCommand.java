package org.rewire.runtime.cli;

import org.rewire.runtime.config.Experiment;
import org.rewire.runtime.plugin.ProviderDiscovery;
import org.rewire.runtime.train.ExperimentCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/**
 * {@code rewire validate FILE}: checks an experiment with every rule that needs no data ({@link
 * ExperimentCheck}): the file, and the target, sparsifier and model built from it as a run would.
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description =
        "Check an experiment file with every rule that needs no data: syntax, sections, types,"
            + " ranges, and the target, sparsifier and model built as the run would build them."
            + " Loads no data.")
final class ValidateCommand implements java.util.concurrent.Callable<Integer> {
  @ParentCommand RewireCommand parent;
  @Mixin ExperimentOptions experiment;

  @Override
  public Integer call() {
    try (ProviderDiscovery discovery = parent.session.discover(parent.plugins)) {
      Experiment e = experiment.read(discovery.registry());
      ExperimentCheck.check(e, parent.session.cache());
      parent
          .session
          .out()
          .printf(
              "%s: ok (dataset %s, target %s, sparsifier %s, seed %d)%n",
              experiment.file,
              e.dataset().type(),
              e.target().type(),
              e.sparsifier().type(),
              e.seed());
      return ExitCodes.OK;
    }
  }
}
