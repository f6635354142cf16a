package org.rewire.runtime.cli;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The top-level {@code rewire} command. */
@Command(
    name = "rewire",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Trains sparse recurrent spiking networks that fit a neuromorphic chip.",
    subcommands = {
      RunCommand.class,
      SweepCommand.class,
      ReportCommand.class,
      ValidateCommand.class,
      PluginsCommand.class,
      EstimateCommand.class,
      MapCommand.class,
      ExportCommand.class,
      EvalCommand.class,
      BenchMapCommand.class,
      DataCommand.class,
      TrainBenchCommand.class,
      picocli.CommandLine.HelpCommand.class
    },
    footer = {
      "",
      "Exit codes: 0 success, 2 a mistake in the input (file, option, plugin folder), 1 a failure.",
      "Environment: REWIRE_PLUGINS (plugins folder), REWIRE_CACHE (downloads, extracted plugins)."
    })
final class RewireCommand implements Runnable {
  final Session session;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--plugins",
      paramLabel = "DIR",
      scope = ScopeType.INHERIT,
      description =
          "Folder of external plugins (jar or zip). Default: $REWIRE_PLUGINS, else the"
              + " plugins/ folder of the distribution.")
  Path plugins;

  RewireCommand(Session session) {
    this.session = session;
  }

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(
        spec.commandLine(),
        "missing command: run, sweep, report, validate, estimate, map, export, eval, bench, bench-map,"
            + " data, plugins or help");
  }
}
