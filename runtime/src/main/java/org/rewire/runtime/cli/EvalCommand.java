package org.rewire.runtime.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.rewire.api.Layout;
import org.rewire.runtime.UserInputException;
import org.rewire.runtime.assembly.Components;
import org.rewire.runtime.assembly.ExperimentAssembly;
import org.rewire.runtime.config.Experiment;
import org.rewire.runtime.config.ExperimentReader;
import org.rewire.runtime.data.BinnedDataset;
import org.rewire.runtime.data.BinnedSplit;
import org.rewire.runtime.engine.Engine;
import org.rewire.runtime.engine.EngineOptions;
import org.rewire.runtime.engine.Evaluation;
import org.rewire.runtime.engine.NeuronModels;
import org.rewire.runtime.engine.SpikingNetwork;
import org.rewire.runtime.nir.Discretization;
import org.rewire.runtime.nir.GraphImport;
import org.rewire.runtime.nir.NetworkImport;
import org.rewire.runtime.nir.NirArray;
import org.rewire.runtime.nir.NirFile;
import org.rewire.runtime.nir.NirGraph;
import org.rewire.runtime.nir.NirPopulation;
import org.rewire.runtime.output.AtomicFiles;
import org.rewire.runtime.plugin.ProviderDiscovery;
import org.rewire.runtime.train.DataPreparation;
import org.rewire.runtime.train.HeldOutEvaluation;
import org.rewire.runtime.train.TrainedRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code rewire eval FILE.nir EXPERIMENT.yaml} runs a NIR graph's network on the experiment's test
 * split with Rewire's engine, placed on the experiment's target; {@code rewire eval RUN_DIR} runs a
 * run's trained network (its last checkpoint) the same way. Both report the test accuracy as a run
 * does (the mean over channel variants) and can write every sample's output spike counts.
 */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description =
        "Run a network on an experiment's test split with Rewire's engine: a NIR graph (FILE.nir"
            + " EXPERIMENT.yaml; one recurrent LIF or CubaLIF population, placed on the"
            + " experiment's target) or a run folder's trained network (RUN_DIR).")
final class EvalCommand implements java.util.concurrent.Callable<Integer> {
  @ParentCommand RewireCommand parent;

  @Parameters(index = "0", paramLabel = "FILE.nir|RUN_DIR", description = "A NIR file or a run.")
  Path source;

  @Parameters(
      index = "1",
      arity = "0..1",
      paramLabel = "EXPERIMENT",
      description = "Experiment YAML (dataset, target, binning, dt) for a NIR file.")
  Path experimentFile;

  @Option(
      names = "--set",
      paramLabel = "KEY=VALUE",
      description = "Override a value of the experiment (repeatable).")
  List<String> overrides = new ArrayList<>();

  @Option(
      names = "--placement",
      paramLabel = "FILE",
      description =
          "The target neuron of each of the graph's neurons, in order (default: neuron j on"
              + " neuron j).")
  Path placement;

  @Option(
      names = "--discretization",
      defaultValue = "exact",
      paramLabel = "RULE",
      description =
          "How NIR's time constants become a step of model.dt: exact (default; exp(-dt/tau),"
              + " Rewire's and Rockpool's) or euler (1 - dt/tau, snnTorch's and Norse's).")
  String discretization;

  @Option(
      names = "--counts",
      paramLabel = "FILE",
      description =
          "Write each test sample's output spike counts (CSV: variant, sample, label,"
              + " prediction, count_0, ...).")
  Path counts;

  @Override
  public Integer call() {
    Discretization rule = discretization(discretization);
    if (counts != null) {
      OutputFiles.requireWritablePlace(counts, "--counts");
    }
    PrintWriter out = parent.session.out();
    try (ProviderDiscovery discovery = parent.session.discover(parent.plugins)) {
      SpikingNetwork network;
      Components components;
      if (Files.isDirectory(source)) {
        if (experimentFile != null || !overrides.isEmpty() || placement != null) {
          throw new UserInputException(
              "eval RUN_DIR runs the run as it was configured; it takes no EXPERIMENT, --set or"
                  + " --placement");
        }
        TrainedRun run =
            TrainedRun.read(
                source,
                discovery.registry(),
                "no checkpoint.bin: the run has not finished an epoch yet; nothing to evaluate");
        components = ExperimentAssembly.build(run.experiment(), parent.session.cache());
        network = run.network(components.network());
        out.printf(
            Locale.ROOT,
            "run %s after epoch %d: %s neurons%n",
            source,
            run.checkpoint().epochs(),
            run.experiment().model().neuron());
      } else {
        if (experimentFile == null) {
          throw new UserInputException(
              source + ": a NIR file needs an experiment: rewire eval FILE.nir EXPERIMENT.yaml");
        }
        NirGraph graph = NirFile.read(source);
        NirPopulation population = GraphImport.population(source, graph);
        Experiment experiment =
            new ExperimentReader(discovery.registry()).read(experimentFile, overrides);
        components = ExperimentAssembly.build(experiment, parent.session.cache());
        network = imported(graph, population, components, rule);
      }
      BinnedDataset data =
          DataPreparation.prepare(
              components.resolved(), components.dataset(), components.target().layout());
      BinnedSplit test =
          data.test()
              .orElseThrow(
                  () ->
                      new UserInputException(
                          (experimentFile != null ? experimentFile : source)
                              + ": the dataset has no test split to evaluate"));
      int threads = components.resolved().training().threads();
      List<Evaluation> results;
      try (Engine engine = new Engine(network, EngineOptions.withThreads(threads))) {
        results = HeldOutEvaluation.variants(engine, test);
      }
      report(out, results);
      if (counts != null) {
        writeCounts(results);
      }
      return ExitCodes.OK;
    }
  }

  private SpikingNetwork imported(
      NirGraph graph, NirPopulation p, Components components, Discretization rule) {
    Layout layout = components.target().layout();
    int[] place =
        placement == null
            ? org.rewire.runtime.nir.Placement.inOrder(source, p.neurons(), layout)
            : org.rewire.runtime.nir.Placement.read(placement, p.neurons(), layout);
    int channels = components.network().channels();
    if (p.channels() != channels) {
      throw new UserInputException(
          source
              + ": the graph takes "
              + p.channels()
              + " input channels; "
              + experimentFile
              + " bins "
              + channels
              + " (model.input.channels)");
    }
    NeuronModels.Settings settings = components.resolved().model().neuronSettings();
    SpikingNetwork network =
        NetworkImport.network(source, p, layout, place, rule, settings.dt(), settings.surrogate());
    PrintWriter err = parent.session.err();
    NirArray fileDt = graph.metadata().get("dt");
    if (fileDt != null && fileDt.size() == 1 && fileDt.values()[0] != settings.dt()) {
      err.printf(
          Locale.ROOT,
          "note: %s was written for dt = %s s; running at model.dt = %s s%n",
          source,
          fileDt.values()[0],
          settings.dt());
    }
    if (!p.subtractiveReset()) {
      err.printf(
          "note: %s: node '%s' (%s) resets to v_reset by NIR's definition; Rewire's engine"
              + " subtracts the threshold, so spikes differ where the membrane overshoots it%n",
          source, p.node(), p.model().nirType());
    }
    long synapses = network.recurrentWeights().count();
    parent
        .session
        .out()
        .printf(
            Locale.ROOT,
            "%s: %d %s neurons, %d input channels, %,d recurrent synapses, placed %s on %d"
                + " neurons; dt %s s, %s discretization%n",
            source,
            p.neurons(),
            p.model().nirType(),
            p.channels(),
            synapses,
            placement == null ? "in order" : "by " + placement,
            layout.neurons(),
            settings.dt(),
            rule.name().toLowerCase(Locale.ROOT));
    return network;
  }

  private static Discretization discretization(String text) {
    try {
      return Discretization.valueOf(text.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new UserInputException("--discretization " + text + ": expected exact or euler");
    }
  }

  private static void report(PrintWriter out, List<Evaluation> results) {
    double accuracy = 0;
    double rate = 0;
    int samples = 0;
    for (Evaluation e : results) {
      accuracy += e.accuracy();
      rate += e.rate();
      samples = e.samples();
    }
    out.printf(
        Locale.ROOT,
        "test accuracy: %.2f %% (%d samples%s), spike rate %.4f per neuron and step%n",
        100 * accuracy / results.size(),
        samples,
        results.size() > 1 ? ", mean of " + results.size() + " channel variants" : "",
        rate / results.size());
  }

  private void writeCounts(List<Evaluation> results) {
    StringBuilder csv = new StringBuilder("variant,sample,label,prediction");
    int classes = results.get(0).logits().length / Math.max(1, results.get(0).samples());
    for (int k = 0; k < classes; k++) {
      csv.append(",count_").append(k);
    }
    csv.append('\n');
    for (int v = 0; v < results.size(); v++) {
      Evaluation e = results.get(v);
      for (int s = 0; s < e.samples(); s++) {
        csv.append(v).append(',').append(s).append(',').append(e.labels()[s]);
        csv.append(',').append(e.predictions()[s]);
        for (int k = 0; k < classes; k++) {
          csv.append(',').append((long) e.logits()[s * classes + k]);
        }
        csv.append('\n');
      }
    }
    try {
      AtomicFiles.writeString(counts, csv.toString());
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
    parent.session.out().printf("wrote %s%n", counts);
  }
}
