package org.rewire.runtime.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.rewire.api.InvalidConfigException;
import org.rewire.runtime.UserInputException;
import org.rewire.runtime.assembly.ExperimentAssembly;
import org.rewire.runtime.config.Experiment;
import org.rewire.runtime.config.ExperimentFileException;
import org.rewire.runtime.config.ExperimentReader;
import org.rewire.runtime.data.BinnedDataset;
import org.rewire.runtime.engine.NeuronModels;
import org.rewire.runtime.plugin.ProviderDiscovery;
import org.rewire.runtime.train.DataPreparation;
import org.rewire.runtime.train.TrainingBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code rewire bench FILE}: training throughput of an experiment on its real data, the figure
 * compared with the PyTorch reference ({@code bench/compare.sh}); with {@code --neurons}, of the
 * same experiment with each neuron model side by side, their steps interleaved.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description =
        "Time training steps of an experiment (engine, optimizer, sparsifier hooks) on its data;"
            + " prints the median batch time and train samples/s, one line per neuron model with"
            + " --neurons. Writes no run folder.")
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

  @Option(names = "--json", description = "Print one JSON line per model instead of text.")
  boolean json;

  @Option(
      names = "--neurons",
      split = ",",
      paramLabel = "MODEL",
      description =
          "Time these neuron models side by side (model.neuron of each, steps interleaved),"
              + " e.g. --neurons lif,alif,cuba-lif; default: the experiment's own.")
  List<String> neurons = new ArrayList<>();

  @Option(
      names = "--roofline",
      description =
          "Also measure this machine's multiply-add peak (an FMA loop on the training threads, in"
              + " this JVM) and print the roofline: operations per sample by kind, the rate"
              + " reached and its share of the peak.")
  boolean roofline;

  @Override
  public Integer call() throws Exception {
    if (warmup < 0 || batches < 1) {
      throw new org.rewire.runtime.UserInputException(
          "--warmup must be >= 0 and --batches >= 1, got " + warmup + " and " + batches);
    }
    for (String name : neurons) {
      try {
        NeuronModels.requireInstalled(name);
      } catch (InvalidConfigException e) {
        throw new UserInputException("--neurons: " + e.getMessage());
      }
    }
    try (ProviderDiscovery discovery = parent.session.discover(parent.plugins)) {
      List<TrainingBenchmark.Variant> variants = new ArrayList<>();
      for (Experiment e : experiments(discovery)) {
        variants.add(
            new TrainingBenchmark.Variant(e, ExperimentAssembly.build(e, parent.session.cache())));
      }
      TrainingBenchmark.Variant first = variants.get(0);
      long t0 = System.nanoTime();
      BinnedDataset data =
          DataPreparation.prepare(
              first.experiment(),
              first.components().dataset(),
              first.components().target().layout());
      double loadSeconds = (System.nanoTime() - t0) / 1e9;
      List<TrainingBenchmark.Result> results =
          TrainingBenchmark.compare(variants, data, warmup, batches);
      PrintWriter out = parent.session.out();
      double peak =
          roofline ? org.rewire.runtime.engine.simd.FmaPeak.measure(results.get(0).threads()) : 0;
      double base = results.get(0).medianBatchSeconds();
      for (TrainingBenchmark.Result r : results) {
        if (json) {
          var map = r.asMap();
          map.put("load_s", loadSeconds);
          map.put("cost_vs_first", r.medianBatchSeconds() / base);
          if (roofline) {
            map.put("peak_fma_per_s", peak);
            map.put("share_of_peak", r.achievedOpsPerSecond() / peak);
          }
          out.println(new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(map));
        } else {
          out.printf(
              Locale.ROOT,
              "%s: %s: %.1f train samples/s (median of %d batches of %d: %.3f s%s), %d"
                  + " threads, %s, mean rate %.4f, peak RSS %d MiB; data binned in %.1f s%n",
              experiment.file,
              r.neuron(),
              r.trainSamplesPerSecond(),
              r.batches(),
              r.batchSize(),
              r.medianBatchSeconds(),
              results.size() > 1
                  ? String.format(
                      Locale.ROOT,
                      ", %.2fx %s",
                      r.medianBatchSeconds() / base,
                      results.get(0).neuron())
                  : "",
              r.threads(),
              r.kernels(),
              r.meanRate(),
              r.peakRssBytes() / (1024 * 1024),
              loadSeconds);
          if (roofline) {
            printRoofline(out, r, peak);
          }
        }
      }
      return ExitCodes.OK;
    }
  }

  private static void printRoofline(PrintWriter out, TrainingBenchmark.Result r, double peak) {
    org.rewire.runtime.engine.Work w = r.work();
    double samples = w.samples();
    double achieved = r.achievedOpsPerSecond();
    out.printf(
        Locale.ROOT,
        "  roofline per sample: forward %.2f M synaptic additions, backward recurrent product"
            + " %.2f M multiply-adds, weight gradients %.2f M additions%n"
            + "  reached %.2f G operations/s (all timed batches together: %.1f samples/s) = %.1f%%"
            + " of this machine's measured %.1f G multiply-adds/s (%s FMA loop, %d threads)%n",
        w.forwardOps() / samples / 1e6,
        w.backwardMacs() / samples / 1e6,
        w.gradientOps() / samples / 1e6,
        achieved / 1e9,
        r.timedSamplesPerSecond(),
        100 * achieved / peak,
        peak / 1e9,
        org.rewire.runtime.engine.simd.FmaPeak.vectorized() ? "256-bit vector" : "scalar",
        r.threads());
  }

  /** The experiment, once per model of {@code --neurons} (as {@code --set model.neuron=...}). */
  private List<Experiment> experiments(ProviderDiscovery discovery) {
    if (neurons.isEmpty()) {
      return List.of(experiment.read(discovery.registry()));
    }
    List<Experiment> out = new ArrayList<>();
    for (String name : neurons) {
      List<String> overrides = new ArrayList<>(experiment.overrides);
      overrides.add("model.neuron=" + name);
      try {
        out.add(new ExperimentReader(discovery.registry()).read(experiment.file, overrides));
      } catch (ExperimentFileException e) {
        if (!e.path().startsWith("model.")) {
          throw e;
        }
        // The file may be right for its own model and wrong for this one: say which one it was.
        throw new UserInputException(
            e.getMessage() + " (with model.neuron " + name + " from --neurons)");
      }
    }
    return out;
  }
}
