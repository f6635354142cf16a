package org.rewire.runtime.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import org.rewire.api.HardwareTarget;
import org.rewire.runtime.UserInputException;
import org.rewire.runtime.assembly.ExperimentAssembly;
import org.rewire.runtime.config.Experiment;
import org.rewire.runtime.engine.SpikingNetwork;
import org.rewire.runtime.nir.GraphExport;
import org.rewire.runtime.nir.NetworkExport;
import org.rewire.runtime.nir.NirFile;
import org.rewire.runtime.nir.NirPopulation;
import org.rewire.runtime.nir.WeightTransform;
import org.rewire.runtime.plugin.ProviderDiscovery;
import org.rewire.runtime.train.TrainedRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code rewire export RUN_DIR [--format nir] [-o FILE]}: writes a run's trained network (its last
 * checkpoint) as a NIR graph ({@link GraphExport}), atomically.
 */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description =
        "Write a run's trained network (its last checkpoint) as a NIR graph: Input, input"
            + " weights, the LIF or CubaLIF population with its recurrent weights as a loop edge,"
            + " the readout and Output. ALIF networks cannot be exported (NIR has no adaptive"
            + " neuron).")
final class ExportCommand implements java.util.concurrent.Callable<Integer> {
  /** The file written into the run folder when no {@code -o} is given. */
  static final String DEFAULT_NAME = "network.nir";

  @ParentCommand RewireCommand parent;

  @Parameters(index = "0", paramLabel = "RUN_DIR", description = "A run folder.")
  Path runDir;

  @Option(
      names = "--format",
      defaultValue = "nir",
      paramLabel = "FORMAT",
      description = "The file format: nir (default; the only one).")
  String format;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "The file to write (default: RUN_DIR/" + DEFAULT_NAME + ").")
  Path output;

  @Override
  public Integer call() {
    if (!format.equals("nir")) {
      throw new UserInputException("--format " + format + ": expected nir");
    }
    if (output != null) {
      OutputFiles.requireWritablePlace(output, "--output");
    }
    try (ProviderDiscovery discovery = parent.session.discover(parent.plugins)) {
      TrainedRun run =
          TrainedRun.read(
              runDir,
              discovery.registry(),
              "no checkpoint.bin: the run has not finished an epoch yet; nothing to export");
      Experiment e = run.experiment();
      String neuron = e.model().neuron();
      if (!NetworkExport.exportable(neuron)) {
        throw new UserInputException(
            runDir.resolve("config.yaml")
                + ": model.neuron: "
                + neuron
                + " cannot be exported: NIR has no neuron with an adaptive threshold (its neurons"
                + " are LIF, CubaLIF, IF, LI, CubaLI and I), and as LIF it would be a different"
                + " network; lif and cuba-lif runs export");
      }
      HardwareTarget target =
          ExperimentAssembly.target(
              e, ExperimentAssembly.dataFreeContext(e, parent.session.cache()));
      SpikingNetwork network = run.network(target);
      NirPopulation population = NetworkExport.population(network, WeightTransform.IDENTITY);
      Path file = output != null ? output : runDir.resolve(DEFAULT_NAME);
      try {
        NirFile.write(file, GraphExport.graph(population, NetworkExport.dt(network)));
      } catch (IOException ex) {
        throw new UncheckedIOException(ex);
      }
      long synapses = 0;
      for (float w : population.recurrentWeights()) {
        synapses += w != 0 ? 1 : 0;
      }
      parent
          .session
          .out()
          .printf(
              Locale.ROOT,
              "wrote %s: NIR graph of %d %s neurons, %d input channels, %,d recurrent synapses"
                  + " (dense %d x %d), %d outputs, after epoch %d%n",
              file,
              population.neurons(),
              population.model().nirType(),
              population.channels(),
              synapses,
              population.neurons(),
              population.neurons(),
              population.readout().length,
              run.checkpoint().epochs());
      return ExitCodes.OK;
    }
  }
}
