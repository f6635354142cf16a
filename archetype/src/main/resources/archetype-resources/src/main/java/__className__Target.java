package ${package};

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.rewire.api.Capacity;
import org.rewire.api.ChipConstraints;
import org.rewire.api.Connectivity;
import org.rewire.api.CoreLimits;
import org.rewire.api.ElementUsage;
import org.rewire.api.HardwareTarget;
import org.rewire.api.Layout;
import org.rewire.api.MappingReport;
import org.rewire.api.NeuronLimits;
import org.rewire.api.NeuronModelSpec;
import org.rewire.api.SynapseSet;
import org.rewire.api.Violation;

/**
 * The chip: {@code cores} cores of {@code core_size} neurons, neuron {@code i} on core {@code i /
 * core_size}; input channels drive the first {@code inputs} neurons, the class outputs are the last
 * neurons. Each neuron stores one entry per incoming synapse (at most {@code fan_in}); each core
 * stores one source-table entry per presynaptic neuron on another core that drives it (at most
 * {@code core_sources}). Replace this model with your chip's. No hop distances: a chip whose cores
 * are some number of hops apart implements {@link org.rewire.api.HopTarget} instead. Immutable and
 * thread-safe.
 */
final class ${className}Target implements HardwareTarget {
  private final ${className}Config config;
  private final Layout layout;
  private final ChipConstraints constraints;

  ${className}Target(${className}Config config, int outputs) {
    this.config = config;
    this.layout =
        Layout.blocks(
            config.cores(),
            config.coreSize(),
            Layout.range(0, config.inputs()),
            Layout.range(config.neurons() - outputs, outputs));
    this.constraints =
        ChipConstraints.of(layout)
            .withPerNeuron(
                new NeuronLimits(
                    NeuronLimits.UNLIMITED,
                    NeuronLimits.UNLIMITED,
                    config.fanIn(),
                    NeuronLimits.UNLIMITED))
            .withPerCore(new CoreLimits(config.coreSources()))
            .withNeuronModels(List.of(NeuronModelSpec.of("lif")));
  }

  @Override
  public Layout layout() {
    return layout;
  }

  /** The layout's neurons, the fan-in and source-table caps, LIF neurons. */
  @Override
  public ChipConstraints constraints() {
    return constraints;
  }

  /**
   * One element per core (kind {@code core}, memory its synapse and source-table entries) with its
   * source table as a capacity; a violation for each core over its table (blaming the synapses into
   * it from other cores, one entry per presynaptic neuron) and each neuron over its fan-in (blaming
   * its incoming synapses).
   *
   * @throws IllegalArgumentException if the network has another number of neurons than the chip
   */
  @Override
  public MappingReport map(Connectivity network) {
    if (network.neurons() != layout.neurons()) {
      throw new IllegalArgumentException(
          "network has " + network.neurons() + " neurons, the chip " + layout.neurons());
    }
    int[] fanIn = new int[network.neurons()];
    long[] synapses = new long[config.cores()];
    int[] sources = new int[config.cores()];
    BitSet reached = new BitSet(config.cores());
    long links = 0;
    for (int pre = 0; pre < network.neurons(); pre++) {
      reached.clear();
      for (int k = network.rowStart(pre); k < network.rowEnd(pre); k++) {
        int post = network.target(k);
        int core = layout.coreOf(post);
        fanIn[post]++;
        synapses[core]++;
        if (core != layout.coreOf(pre) && !reached.get(core)) {
          reached.set(core);
          sources[core]++;
          links++;
        }
      }
    }
    List<ElementUsage> elements = new ArrayList<>();
    List<Violation> violations = new ArrayList<>();
    long total = 0;
    for (int c = 0; c < config.cores(); c++) {
      Capacity table = new Capacity("sources", "entries", sources[c], config.coreSources());
      long memory = synapses[c] + sources[c];
      total += memory;
      elements.add(new ElementUsage("core " + c, "core", -1, c, memory, List.of(table)));
      if (table.exceeded()) {
        int core = c;
        violations.add(
            Violation.of(
                "core " + c,
                table,
                Violation.LoadUnit.SOURCES,
                SynapseSet.where(
                    network,
                    (pre, post) -> layout.coreOf(post) == core && layout.coreOf(pre) != core)));
      }
    }
    for (int n = 0; n < network.neurons(); n++) {
      if (fanIn[n] > config.fanIn()) {
        violations.add(
            Violation.of(
                "neuron " + n,
                new Capacity("fan_in", "synapses", fanIn[n], config.fanIn()),
                Violation.LoadUnit.SYNAPSES,
                SynapseSet.onto(network, n)));
      }
    }
    return new MappingReport(
        "${type}", network.neurons(), network.synapses(), links, total, "entries", elements,
        violations);
  }
}
