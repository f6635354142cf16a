package org.rewire.runtime.cli;

import java.nio.file.Path;
import org.rewire.api.HardwareTarget;
import org.rewire.api.HopProfile;
import org.rewire.api.InvalidConfigException;
import org.rewire.runtime.UserInputException;
import org.rewire.runtime.config.ExperimentReader;
import org.rewire.runtime.config.PluginSection;
import org.rewire.runtime.plugin.ProviderDiscovery;
import org.rewire.runtime.plugin.ProviderKind;
import org.rewire.runtime.run.ExperimentAssembly;
import picocli.CommandLine.Option;

/** {@code --target FILE}, shared by the commands that build a hardware target on its own. */
final class TargetOptions {
  @Option(
      names = "--target",
      required = true,
      paramLabel = "FILE",
      description = "YAML file with a target: section (an experiment file will do).")
  Path file;

  /** A target built from its section, with the section for error messages and the seed. */
  record Built(PluginSection section, HardwareTarget target) {}

  /** Reads the file's {@code target:} section and builds the target. */
  Built build(ProviderDiscovery discovery, Session session) {
    PluginSection section =
        new ExperimentReader(discovery.registry()).readSection(file, ProviderKind.TARGET);
    return new Built(section, ExperimentAssembly.buildTarget(section, session.cache()));
  }

  /** Parses a {@code --profile} value; a malformed one is the user's mistake. */
  static HopProfile profile(String text) {
    try {
      return HopProfile.parse(text);
    } catch (InvalidConfigException e) {
      throw new UserInputException("--profile " + text + ": " + e.getMessage());
    }
  }
}
