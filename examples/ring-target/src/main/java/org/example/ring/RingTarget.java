package org.example.ring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.rewire.api.Capacity;
import org.rewire.api.ChipConstraints;
import org.rewire.api.Connectivity;
import org.rewire.api.ElementUsage;
import org.rewire.api.HopProfile;
import org.rewire.api.HopTarget;
import org.rewire.api.Layout;
import org.rewire.api.MappingReport;
import org.rewire.api.MemoryEstimate;
import org.rewire.api.NeuronCounts;
import org.rewire.api.NeuronModelSpec;
import org.rewire.api.SynapseSet;
import org.rewire.api.Violation;

/**
 * A chip of equal cores on a ring. Neuron {@code i} sits on core {@code i / core_size}; input
 * channels drive the first core, the class outputs are the last neurons. A neuron that reaches
 * another core takes one line of that core's input port, whatever the number of synapses it makes
 * there, and each line costs one memory device per neuron of the core. The distance between two
 * cores is the number of steps around the ring the shorter way, so it is a {@link HopTarget}: hop
 * profiles, routing-aware DeepR and {@code rewire estimate} work on it. Immutable and thread-safe.
 */
final class RingTarget implements HopTarget {
  private final RingConfig config;
  private final Layout layout;

  RingTarget(RingConfig config, int outputs) {
    this.config = config;
    int neurons = config.cores() * config.coreSize();
    this.layout =
        Layout.blocks(
            config.cores(),
            config.coreSize(),
            Layout.range(0, config.coreSize()),
            Layout.range(neurons - outputs, outputs));
  }

  @Override
  public Layout layout() {
    return layout;
  }

  /**
   * What any sparsifier can hold: the first core's neurons are inputs, every other neuron may be
   * hidden or an output; LIF neurons. The ring's only limit is each core's input port, which {@link
   * #map} checks.
   */
  @Override
  public ChipConstraints constraints() {
    int rest = layout.neurons() - config.coreSize();
    return ChipConstraints.of(layout)
        .withNeurons(new NeuronCounts(config.coreSize(), rest, rest))
        .withNeuronModels(List.of(NeuronModelSpec.of("lif")));
  }

  @Override
  public int distance(int fromCore, int toCore) {
    int d = Math.abs(fromCore - toCore);
    return Math.min(d, config.cores() - d);
  }

  /**
   * One element per core (kind {@code core}) with its input port's lines and memory; a violation
   * where the lines exceed {@code capacity}, blaming the synapses that reach the core from other
   * cores (one line per presynaptic neuron, so its load counts {@link Violation.LoadUnit#SOURCES}).
   */
  @Override
  public MappingReport map(Connectivity network) {
    if (network.neurons() != layout.neurons()) {
      throw new IllegalArgumentException(
          "network has " + network.neurons() + " neurons, the ring " + layout.neurons());
    }
    int[] lines = new int[config.cores()];
    int[] lastSource = new int[config.cores()];
    Arrays.fill(lastSource, -1);
    long links = 0;
    for (int i = 0; i < network.neurons(); i++) {
      int source = layout.coreOf(i);
      for (int k = network.rowStart(i); k < network.rowEnd(i); k++) {
        int core = layout.coreOf(network.target(k));
        if (core != source && lastSource[core] != i) {
          lastSource[core] = i;
          lines[core]++;
          links++;
        }
      }
    }
    List<ElementUsage> elements = new ArrayList<>();
    List<Violation> violations = new ArrayList<>();
    long total = 0;
    for (int c = 0; c < config.cores(); c++) {
      long memory = (long) lines[c] * config.coreSize();
      total += memory;
      Capacity in = new Capacity("in", "lines", lines[c], config.capacity());
      elements.add(new ElementUsage("core " + c, "core", 0, c, memory, List.of(in)));
      if (in.exceeded()) {
        int core = c;
        violations.add(
            Violation.of(
                "core " + c,
                in,
                Violation.LoadUnit.SOURCES,
                SynapseSet.where(
                    network,
                    (pre, post) -> layout.coreOf(post) == core && layout.coreOf(pre) != core)));
      }
    }
    return new MappingReport(
        "ring", network.neurons(), network.synapses(), links, total, elements, violations);
  }

  /**
   * Maps {@code samples} random networks in which each neuron reaches each other core with the
   * profile's fraction at that core's distance.
   */
  @Override
  public MemoryEstimate estimate(HopProfile profile, int samples, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double[] totals = new double[samples];
    int mappable = 0;
    for (int s = 0; s < samples; s++) {
      Connectivity.Builder b = new Connectivity.Builder(layout.neurons());
      for (int i = 0; i < layout.neurons(); i++) {
        for (int core = 0; core < config.cores(); core++) {
          double p = profile.fraction(distance(layout.coreOf(i), core));
          if (core != layout.coreOf(i) && random.nextDouble() < p) {
            b.add(i, layout.neuronsOn(core)[0]);
          }
        }
      }
      MappingReport report = map(b.build());
      totals[s] = report.totalMemory();
      mappable += report.mappable() ? 1 : 0;
    }
    return new MemoryEstimate(
        samples, seed, MemoryEstimate.Statistic.of(totals), Map.of(), (double) mappable / samples);
  }
}
