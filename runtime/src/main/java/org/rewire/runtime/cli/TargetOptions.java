package org.rewire.runtime.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.rewire.api.HardwareTarget;
import org.rewire.api.HopProfile;
import org.rewire.api.HopTarget;
import org.rewire.api.InvalidConfigException;
import org.rewire.runtime.UserInputException;
import org.rewire.runtime.assembly.ExperimentAssembly;
import org.rewire.runtime.config.ComponentSpec;
import org.rewire.runtime.config.ExperimentFileException;
import org.rewire.runtime.config.ExperimentReader;
import org.rewire.runtime.config.PluginSection;
import org.rewire.runtime.plugin.ProviderDiscovery;
import org.rewire.runtime.plugin.ProviderKind;
import picocli.CommandLine.Option;

/** {@code --target FILE}, shared by the commands that build a hardware target on its own. */
final class TargetOptions {
  @Option(
      names = "--target",
      required = true,
      paramLabel = "FILE",
      description =
          "YAML file with a target: section (an experiment file or a run folder's config.yaml"
              + " will do; its dataset: section, if any, tells the target the classes).")
  Path file;

  /** A target built from its section, with the section for error messages and the seed. */
  record Built(PluginSection section, HardwareTarget target) {}

  /** Reads the file's {@code target:} section and builds the target. */
  Built build(ProviderDiscovery discovery, Session session) {
    return build(file, discovery, session);
  }

  /**
   * Reads the {@code target:} section of {@code file} and builds the target as a run of that file
   * would, without data: when the file has a {@code dataset:} section, with the classes it declares
   * (a target that reads out one neuron per class gets as many outputs as the run had).
   */
  static Built build(Path file, ProviderDiscovery discovery, Session session) {
    ExperimentReader reader = new ExperimentReader(discovery.registry());
    PluginSection section = reader.readSection(file, ProviderKind.TARGET);
    Optional<ComponentSpec> dataset =
        section.source().root().has(ProviderKind.DATASET.section())
            ? Optional.of(reader.readSection(file, ProviderKind.DATASET).spec())
            : Optional.empty();
    return new Built(section, ExperimentAssembly.buildTarget(section, dataset, session.cache()));
  }

  /**
   * The target of {@code built} as a {@link HopTarget}; a target without hop distances is the
   * user's mistake for {@code command}, reported at the section's {@code type} (exit code 2).
   */
  static HopTarget hops(Built built, String command) {
    return HopTarget.of(built.target())
        .orElseThrow(
            () ->
                new ExperimentFileException(
                    built.section().locate("type"),
                    ProviderKind.TARGET.section() + ".type",
                    "target '"
                        + built.section().spec().type()
                        + "' has no hop distances between its cores; "
                        + command
                        + " needs a target that has (a HopTarget, such as mosaic)"));
  }

  /**
   * Parses a {@code --profile} value for {@code target}; a malformed one, or one at distances the
   * target does not have ({@link HopProfile#requireDistancesOf}, the rule runs apply), is the
   * user's mistake.
   */
  static HopProfile profile(String text, HopTarget target) {
    try {
      HopProfile profile = HopProfile.parse(text);
      profile.requireDistancesOf(target);
      return profile;
    } catch (InvalidConfigException e) {
      throw new UserInputException("--profile " + text + ": " + e.getMessage());
    }
  }
}
