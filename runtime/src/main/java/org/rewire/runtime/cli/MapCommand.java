package org.rewire.runtime.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.rewire.api.Connectivity;
import org.rewire.api.HardwareTarget;
import org.rewire.api.InputWeights;
import org.rewire.api.Layout;
import org.rewire.api.MappingReport;
import org.rewire.runtime.Counted;
import org.rewire.runtime.UserInputException;
import org.rewire.runtime.assembly.ComponentFailureException;
import org.rewire.runtime.checkpoint.CheckpointFile;
import org.rewire.runtime.config.PluginSection;
import org.rewire.runtime.engine.SpikingNetwork;
import org.rewire.runtime.nir.GraphImport;
import org.rewire.runtime.nir.NetworkImport;
import org.rewire.runtime.nir.NirFile;
import org.rewire.runtime.nir.NirPopulation;
import org.rewire.runtime.nir.Placement;
import org.rewire.runtime.output.NetworkFile;
import org.rewire.runtime.plugin.ProviderDiscovery;
import org.rewire.runtime.report.ChipPicture;
import org.rewire.runtime.report.MappingReportJson;
import org.rewire.runtime.train.TrainedRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code rewire map RUN_DIR}: maps the network of a run folder ({@code network.json}, and the input
 * weights from {@code checkpoint.bin}) onto the run's hardware target, as training mapped it, and
 * writes {@code mapping.json} and {@code chip.png} beside it. {@code rewire map FILE.nir --target
 * T.yaml} maps a NIR graph's population (its non-zero recurrent and input weights), placed on the
 * target's layout in order or by {@code --placement} with the readout on the target's output
 * neurons, and writes {@code <name>.mapping.json} and {@code <name>.chip.png} beside the file (or
 * into {@code --output}).
 */
@Command(
    name = "map",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description =
        "Map a run folder's network (network.json; input weights from checkpoint.bin) onto its"
            + " target (config.yaml), or a NIR graph's population onto --target: routes, port"
            + " loads, memory, violations. Writes mapping.json and chip.png into the run folder (for FILE.nir:"
            + " FILE.mapping.json and FILE.chip.png beside it, or in --output).")
final class MapCommand implements java.util.concurrent.Callable<Integer> {
  @ParentCommand RewireCommand parent;

  @Parameters(
      index = "0",
      paramLabel = "RUN_DIR|FILE.nir",
      description = "A run folder or a NIR file.")
  Path runDir;

  @Option(
      names = "--target",
      paramLabel = "FILE",
      description =
          "For a NIR file: YAML with a target: section (an experiment file or a run's"
              + " config.yaml).")
  Path targetFile;

  @Option(
      names = "--placement",
      paramLabel = "FILE",
      description =
          "For a NIR file: the target neuron of each of the graph's neurons, in order (default:"
              + " neuron j on neuron j).")
  Path placement;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "DIR",
      description = "For a NIR file: the folder to write into (default: the file's folder).")
  Path outputDir;

  @Option(
      names = "--shade",
      defaultValue = "port_load",
      paramLabel = "WHAT",
      description =
          "What the picture's shades show: port_load or memory (default: ${DEFAULT-VALUE}).")
  String shade;

  @Override
  public Integer call() {
    ChipPicture.Shading shading = shading(shade);
    if (Files.isRegularFile(runDir)) {
      return mapGraph(shading);
    }
    if (targetFile != null || placement != null || outputDir != null) {
      throw new UserInputException(
          "--target, --placement and --output are for a NIR file; a run folder maps onto its own"
              + " target");
    }
    if (!Files.isDirectory(runDir)) {
      throw new UserInputException(runDir + ": not a folder; expected a run folder");
    }
    Path config = runDir.resolve("config.yaml");
    if (!Files.isRegularFile(config)) {
      throw new UserInputException(
          runDir + ": no config.yaml; expected a run folder written by 'rewire run'");
    }
    try (ProviderDiscovery discovery = parent.session.discover(parent.plugins)) {
      TargetOptions.Built built = TargetOptions.build(config, discovery, parent.session);
      PluginSection section = built.section();
      HardwareTarget target = built.target();
      Path networkFile = runDir.resolve(NetworkFile.NAME);
      Connectivity network = NetworkFile.read(networkFile);
      int expected = target.layout().neurons();
      if (network.neurons() != expected) {
        throw new UserInputException(
            networkFile
                + ": "
                + network.neurons()
                + " neurons, but the target of "
                + config
                + " has "
                + expected);
      }
      return write(
          section,
          target,
          network,
          runInputWeights(discovery, target),
          runDir.resolve(MappingReportJson.NAME),
          runDir.resolve(ChipPicture.NAME),
          shading);
    }
  }

  /**
   * The run's input weights as the chip holds them, from its checkpoint (network.json holds the
   * recurrent network only), so that a target that stores input weights maps what training mapped.
   * When the checkpoint is missing or cannot be used here (its config edited since, a plugin the
   * run used not installed), the recurrent network is mapped alone, with a warning: the run's own
   * mapping.json counted the input weights.
   */
  private InputWeights runInputWeights(ProviderDiscovery discovery, HardwareTarget target) {
    if (!Files.isRegularFile(runDir.resolve(CheckpointFile.NAME))) {
      warnNoInputs("no " + CheckpointFile.NAME);
      return InputWeights.none();
    }
    try {
      SpikingNetwork trained = TrainedRun.read(runDir, discovery.registry(), "").network(target);
      trained.refreshForwardWeights();
      return trained.mappedInputWeights();
    } catch (UserInputException e) {
      warnNoInputs(e.getMessage().replaceFirst("; start the run again with --force$", ""));
      return InputWeights.none();
    }
  }

  private void warnNoInputs(String why) {
    parent
        .session
        .err()
        .println(
            "rewire: warning: input weights not mapped ("
                + why
                + "): a target that stores them counts less memory than the run did");
  }

  private int mapGraph(ChipPicture.Shading shading) {
    if (targetFile == null) {
      throw new UserInputException(
          runDir + ": a NIR file maps onto a target: rewire map FILE.nir --target T.yaml");
    }
    NirPopulation population = GraphImport.population(runDir, NirFile.read(runDir));
    try (ProviderDiscovery discovery = parent.session.discover(parent.plugins)) {
      TargetOptions.Built built = TargetOptions.build(targetFile, discovery, parent.session);
      Layout layout = built.target().layout();
      int[] place =
          placement == null
              ? Placement.inOrder(runDir, population.neurons(), layout)
              : Placement.read(placement, population.neurons(), layout);
      NetworkImport.requireReadout(runDir, population, layout, place);
      String name = runDir.getFileName().toString().replaceFirst("\\.nir$", "");
      Path dir = outputDir != null ? outputDir : runDir.toAbsolutePath().getParent();
      return write(
          built.section(),
          built.target(),
          NetworkImport.connectivity(population, layout, place),
          NetworkImport.inputWeights(population, place),
          dir.resolve(name + "." + MappingReportJson.NAME),
          dir.resolve(name + "." + ChipPicture.NAME),
          shading);
    }
  }

  private int write(
      PluginSection section,
      HardwareTarget target,
      Connectivity network,
      InputWeights inputs,
      Path json,
      Path picture,
      ChipPicture.Shading shading) {
    MappingReport report;
    try {
      report = target.map(network, inputs);
    } catch (RuntimeException e) {
      throw new ComponentFailureException(section.spec().provider(), "to map the network", e);
    }
    try {
      MappingReportJson.write(json, report);
      ChipPicture.write(picture, report, shading);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    print(parent.session.out(), report, json, picture);
    return ExitCodes.OK;
  }

  private static ChipPicture.Shading shading(String text) {
    try {
      return ChipPicture.Shading.valueOf(text.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new UserInputException("--shade " + text + ": expected port_load or memory");
    }
  }

  private static void print(PrintWriter out, MappingReport r, Path json, Path picture) {
    out.printf(
        Locale.ROOT,
        "%s: %,d neurons, %,d synapses, %,d routed links%n",
        r.target(),
        r.neurons(),
        r.synapses(),
        r.links());
    StringBuilder kinds = new StringBuilder();
    for (Map.Entry<String, Long> k : r.memoryByKind().entrySet()) {
      kinds.append(kinds.length() == 0 ? "" : ", ");
      kinds.append(String.format(Locale.ROOT, "%s %,d", k.getKey(), k.getValue()));
    }
    out.printf(Locale.ROOT, "memory: %,d %s (%s)%n", r.totalMemory(), r.memoryUnit(), kinds);
    if (r.mappable()) {
      out.println("mappable: yes");
    } else {
      out.printf(
          Locale.ROOT,
          "mappable: no, %s exceeded; worst: %s%n",
          Counted.of(r.violations().size(), "capacity", "capacities"),
          r.violations().stream()
              .max(
                  java.util.Comparator.comparingDouble(
                      (org.rewire.api.Violation v) -> v.load() / (double) Math.max(1, v.limit())))
              .orElseThrow());
    }
    out.printf(Locale.ROOT, "wrote %s and %s%n", json, picture);
  }
}
