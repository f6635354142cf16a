package org.rewire.runtime.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.rewire.runtime.config.Experiment;
import org.rewire.runtime.config.ExperimentReader;
import org.rewire.runtime.plugin.ProviderRegistry;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The experiment file and its overrides, shared by the commands that read one. */
final class ExperimentOptions {
  @Parameters(index = "0", paramLabel = "FILE", description = "Experiment YAML file.")
  Path file;

  @Option(
      names = "--set",
      paramLabel = "KEY=VALUE",
      description = "Override a value of the file, e.g. --set training.epochs=3 (repeatable).")
  List<String> overrides = new ArrayList<>();

  Experiment read(ProviderRegistry registry) {
    return new ExperimentReader(registry).read(file, overrides);
  }
}
