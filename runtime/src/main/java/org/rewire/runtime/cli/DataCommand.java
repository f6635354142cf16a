package org.rewire.runtime.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code rewire data}: tools for datasets. */
@Command(
    name = "data",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Look at datasets before training on them.",
    subcommands = {InspectCommand.class})
final class DataCommand implements Runnable {
  @ParentCommand RewireCommand parent;

  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "missing command: inspect");
  }
}
