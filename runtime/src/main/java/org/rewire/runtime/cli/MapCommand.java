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
import org.rewire.api.MappingReport;
import org.rewire.runtime.UserInputException;
import org.rewire.runtime.assembly.ComponentFailureException;
import org.rewire.runtime.config.PluginSection;
import org.rewire.runtime.output.NetworkFile;
import org.rewire.runtime.plugin.ProviderDiscovery;
import org.rewire.runtime.report.ChipPicture;
import org.rewire.runtime.report.MappingReportJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code rewire map RUN_DIR}: maps the network of a run folder onto the run's hardware target and
 * writes {@code mapping.json} and {@code chip.png} beside it.
 */
@Command(
    name = "map",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description =
        "Map a run folder's network (network.json) onto its target (config.yaml): routes, port"
            + " loads, memory, violations. Writes mapping.json and chip.png into the folder.")
final class MapCommand implements java.util.concurrent.Callable<Integer> {
  @ParentCommand RewireCommand parent;

  @Parameters(index = "0", paramLabel = "RUN_DIR", description = "A run folder.")
  Path runDir;

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
      MappingReport report;
      try {
        report = target.map(network);
      } catch (RuntimeException e) {
        throw new ComponentFailureException(section.spec().provider(), "to map the network", e);
      }
      try {
        MappingReportJson.write(runDir.resolve(MappingReportJson.NAME), report);
        ChipPicture.write(runDir.resolve(ChipPicture.NAME), report, shading);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      print(parent.session.out(), report);
      return ExitCodes.OK;
    }
  }

  private static ChipPicture.Shading shading(String text) {
    try {
      return ChipPicture.Shading.valueOf(text.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new UserInputException("--shade " + text + ": expected port_load or memory");
    }
  }

  private void print(PrintWriter out, MappingReport r) {
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
          "mappable: no, %d capacities exceeded; worst: %s%n",
          r.violations().size(),
          r.violations().stream()
              .max(
                  java.util.Comparator.comparingDouble(
                      (org.rewire.api.Violation v) -> v.load() / (double) Math.max(1, v.limit())))
              .orElseThrow());
    }
    out.printf(
        Locale.ROOT,
        "wrote %s and %s%n",
        runDir.resolve(MappingReportJson.NAME),
        runDir.resolve(ChipPicture.NAME));
  }
}
