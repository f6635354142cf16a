package org.rewire.testkit;

import java.util.ArrayList;
import java.util.List;
import org.rewire.api.Capacity;
import org.rewire.api.ChipConstraints;
import org.rewire.api.Connectivity;
import org.rewire.api.CoreLimits;
import org.rewire.api.ElementUsage;
import org.rewire.api.HardwareTarget;
import org.rewire.api.Layout;
import org.rewire.api.MappingReport;
import org.rewire.api.NeuronCounts;
import org.rewire.api.NeuronLimits;
import org.rewire.api.NeuronModelSpec;
import org.rewire.api.SynapseSet;
import org.rewire.api.Violation;
import org.rewire.api.WeightKind;
import org.rewire.api.WeightPrecision;

/**
 * A chip whose limits are the common shape of shipping chips rather than Mosaic's hops: a grid of
 * equal cores, each neuron driving at most {@code fanOut} others, each core taking spikes from at
 * most {@code coreSources} distinct neurons of other cores (its source table), 8-bit signed
 * weights, LIF neurons. No hop distances: it is a plain {@link HardwareTarget}. For testing
 * sparsifiers that must hold any target's constraints; {@code CappedGridTargetProvider} builds it
 * from YAML.
 *
 * <p>Neuron {@code i} sits on core {@code i / coreSize}; input channels drive the first {@code
 * inputs} neurons, the last {@code outputs} neurons are read out. Mapping counts each core's source
 * table ({@code sources}, entries) and synapse memory ({@code synapses}: 8 bits per incoming
 * synapse, the core's memory in bits), and each neuron's fan-out. Violations: a neuron over {@code
 * fanOut} (element {@code neuron i}, capacity {@code fan_out}, blaming its outgoing synapses), a
 * core over {@code coreSources} (blaming every synapse into it from another core). Immutable and
 * thread-safe.
 */
public final class CappedGridTarget implements HardwareTarget {
  /** Bits of one stored weight. */
  public static final int WEIGHT_BITS = 8;

  private final Layout layout;
  private final int coreSize;
  private final int fanOut;
  private final int coreSources;
  private final ChipConstraints constraints;

  /**
   * @param cores number of cores, at least 1
   * @param coreSize neurons per core, at least 1
   * @param inputs input neurons (the first ones), at least 1
   * @param outputs output neurons (the last ones), at least 1, not overlapping the inputs
   * @param fanOut most outgoing synapses per neuron, {@code >= 0}
   * @param coreSources most distinct neurons of other cores a core takes spikes from, {@code >= 0}
   * @param neuronModels the neuron models it runs, by {@code model.neuron} name
   * @throws IllegalArgumentException if a value is out of range
   */
  public CappedGridTarget(
      int cores,
      int coreSize,
      int inputs,
      int outputs,
      int fanOut,
      int coreSources,
      List<String> neuronModels) {
    int n = Math.multiplyExact(cores, coreSize);
    if (inputs < 1 || outputs < 1 || inputs + outputs > n) {
      throw new IllegalArgumentException(
          inputs + " inputs and " + outputs + " outputs do not fit " + n + " neurons");
    }
    this.layout =
        Layout.blocks(cores, coreSize, Layout.range(0, inputs), Layout.range(n - outputs, outputs));
    this.coreSize = coreSize;
    this.fanOut = fanOut;
    this.coreSources = coreSources;
    this.constraints =
        ChipConstraints.of(layout)
            .withNeurons(new NeuronCounts(inputs, n - inputs, n - inputs))
            .withPerNeuron(NeuronLimits.fanOut(fanOut))
            .withPerCore(new CoreLimits(coreSources))
            .withWeights(WeightKind.INPUT, WeightPrecision.signed(WEIGHT_BITS))
            .withWeights(WeightKind.RECURRENT, WeightPrecision.signed(WEIGHT_BITS))
            .withWeights(WeightKind.OUTPUT, WeightPrecision.signed(WEIGHT_BITS))
            .withNeuronModels(neuronModels.stream().map(NeuronModelSpec::of).toList());
  }

  /** A LIF chip. */
  public CappedGridTarget(
      int cores, int coreSize, int inputs, int outputs, int fanOut, int coreSources) {
    this(cores, coreSize, inputs, outputs, fanOut, coreSources, List.of("lif"));
  }

  @Override
  public Layout layout() {
    return layout;
  }

  @Override
  public ChipConstraints constraints() {
    return constraints;
  }

  @Override
  public MappingReport map(Connectivity network) {
    int n = layout.neurons();
    if (network.neurons() != n) {
      throw new IllegalArgumentException(
          "network has " + network.neurons() + " neurons, the chip " + n);
    }
    int cores = layout.cores();
    long[] sources = new long[cores];
    long[] synapses = new long[cores];
    int[] lastSource = new int[cores];
    java.util.Arrays.fill(lastSource, -1);
    List<Violation> violations = new ArrayList<>();
    long links = 0;
    for (int i = 0; i < n; i++) {
      int own = i / coreSize;
      for (int k = network.rowStart(i); k < network.rowEnd(i); k++) {
        int core = network.target(k) / coreSize;
        synapses[core]++;
        if (core != own && lastSource[core] != i) {
          lastSource[core] = i;
          sources[core]++;
          links++;
        }
      }
      int out = network.rowEnd(i) - network.rowStart(i);
      if (out > fanOut) {
        violations.add(
            Violation.of(
                "neuron " + i,
                new Capacity("fan_out", "synapses", out, fanOut),
                Violation.LoadUnit.SYNAPSES,
                SynapseSet.from(network, i)));
      }
    }
    List<ElementUsage> elements = new ArrayList<>(cores);
    long total = 0;
    for (int c = 0; c < cores; c++) {
      long bits = synapses[c] * WEIGHT_BITS;
      total += bits;
      Capacity table = new Capacity("sources", "entries", sources[c], coreSources);
      elements.add(
          new ElementUsage(
              "core " + c,
              "core",
              -1,
              -1,
              bits,
              List.of(table, new Capacity("synapses", "synapses", synapses[c], Long.MAX_VALUE))));
      if (table.exceeded()) {
        int core = c;
        violations.add(
            Violation.of(
                "core " + c,
                table,
                Violation.LoadUnit.SOURCES,
                SynapseSet.where(
                    network, (pre, post) -> post / coreSize == core && pre / coreSize != core)));
      }
    }
    return new MappingReport(
        CappedGridTargetProvider.TYPE,
        n,
        network.synapses(),
        links,
        total,
        "bits",
        elements,
        violations);
  }

  @Override
  public String toString() {
    return "CappedGridTarget["
        + layout
        + ", fan_out "
        + fanOut
        + ", core_sources "
        + coreSources
        + "]";
  }
}
