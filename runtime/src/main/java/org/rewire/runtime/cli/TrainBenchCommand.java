package org.rewire.runtime.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.rewire.runtime.assembly.Components;
import org.rewire.runtime.assembly.ExperimentAssembly;
import org.rewire.runtime.config.Experiment;
import org.rewire.runtime.data.BinnedDataset;
import org.rewire.runtime.plugin.ProviderDiscovery;
import org.rewire.runtime.train.DataPreparation;
import org.rewire.runtime.train.TrainingBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code rewire bench FILE}: training throughput of an experiment on its real data, the figure
 * compared with the PyTorch reference ({@code bench/compare.sh}).
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description =
        "Time training steps of an experiment (engine, optimizer, sparsifier hooks) on its data;"
            + " prints the median batch time and train samples/s. Writes no run folder.")
final class TrainBenchCommand implements java.util.concurrent.Callable<Integer> {
  @ParentCommand RewireCommand parent;
  @Mixin ExperimentOptions experiment;

  @Option(
      names = "--warmup",
      defaultValue = "3",
      description = "Untimed batches first (default: ${DEFAULT-VALUE}).")
  int warmup;

  @Option(
      names = "--batches",
      defaultValue = "8",
      description = "Timed batches (default: ${DEFAULT-VALUE}).")
  int batches;

  @Option(names = "--json", description = "Print one JSON line instead of text.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    if (warmup < 0 || batches < 1) {
      throw new org.rewire.runtime.UserInputException(
          "--warmup must be >= 0 and --batches >= 1, got " + warmup + " and " + batches);
    }
    try (ProviderDiscovery discovery = parent.session.discover(parent.plugins)) {
      Experiment e = experiment.read(discovery.registry());
      Components components = ExperimentAssembly.build(e, parent.session.cache());
      long t0 = System.nanoTime();
      BinnedDataset data =
          DataPreparation.prepare(e, components.dataset(), components.target().layout());
      double loadSeconds = (System.nanoTime() - t0) / 1e9;
      TrainingBenchmark.Result r = TrainingBenchmark.run(e, components, data, warmup, batches);
      PrintWriter out = parent.session.out();
      if (json) {
        var map = r.asMap();
        map.put("load_s", loadSeconds);
        out.println(new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(map));
      } else {
        out.printf(
            Locale.ROOT,
            "%s: %.1f train samples/s (median of %d batches of %d: %.3f s), %d threads, %s,"
                + " mean rate %.4f, peak RSS %d MiB; data binned in %.1f s%n",
            experiment.file,
            r.trainSamplesPerSecond(),
            r.batches(),
            r.batchSize(),
            r.medianBatchSeconds(),
            r.threads(),
            r.kernels(),
            r.meanRate(),
            r.peakRssBytes() / (1024 * 1024),
            loadSeconds);
      }
      return ExitCodes.OK;
    }
  }
}
