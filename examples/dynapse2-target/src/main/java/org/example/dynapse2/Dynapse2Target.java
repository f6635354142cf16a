package org.example.dynapse2;

import java.util.ArrayList;
import java.util.List;
import org.rewire.api.Capacity;
import org.rewire.api.ChipConstraints;
import org.rewire.api.Connectivity;
import org.rewire.api.ElementUsage;
import org.rewire.api.HardwareTarget;
import org.rewire.api.Layout;
import org.rewire.api.MappingReport;
import org.rewire.api.NeuronLimits;
import org.rewire.api.NeuronModelSpec;
import org.rewire.api.SynapseSet;
import org.rewire.api.Violation;
import org.rewire.api.WeightKind;
import org.rewire.api.WeightPrecision;

/**
 * A DYNAP-SE2-class board: {@code chips} chips of 4 cores of {@code core_size} neurons; neuron
 * {@code i} sits on core {@code i / core_size}, chip {@code core / 4}. Input channels drive the
 * first {@code inputs} neurons, the class outputs are the last neurons. No hop distances: the board's
 * limits are routing memories, not hops ({@link RoutingTables}).
 *
 * <p>Limits (Rockpool's DYNAP-SE2 defaults): at most {@code fan_in} (64) incoming synapses per neuron,
 * one CAM entry each; at most {@code fan_out_cores} (4) destination cores per neuron, one SRAM entry
 * each; at most {@code tags} (2048) presynaptic neurons with synapses onto one chip. The first two
 * are per-neuron caps stated in {@link #constraints()}, so a constraint-holding sparsifier keeps
 * them; every limit is also checked by {@link #map}, whose violations name the synapses to blame.
 *
 * <p>Weights: each synapse's weight is the sum of the core's 4 shared base weights that its 4-bit
 * mask selects; with base weights {@code w, 2w, 4w, 8w} (Rockpool's defaults: 1, 2, 4, 8 nA) that
 * is {@code m * w} for a mask {@code m} in 0..15, so a core has at most 16 distinct weight
 * magnitudes; the sign is the CAM entry's synapse type (excitatory or inhibitory). Stated as a
 * {@link WeightPrecision} of -15..15 with one scale {@code w} per core. The mapping sees which
 * synapses exist, not their weights, so it does not check them. Immutable and thread-safe.
 */
final class Dynapse2Target implements HardwareTarget {
  /** A weight: sign (the synapse type) and 4-bit mask of the core's base weights. */
  static final WeightPrecision WEIGHT = new WeightPrecision(5, -15, 15);

  private final Dynapse2Config config;
  private final Layout layout;
  private final ChipConstraints constraints;

  Dynapse2Target(Dynapse2Config config, int outputs) {
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
                    config.fanOutCores(),
                    config.fanIn(),
                    NeuronLimits.UNLIMITED))
            .withWeights(WeightKind.RECURRENT, WEIGHT)
            .withWeights(WeightKind.OUTPUT, WEIGHT)
            .withNeuronModels(List.of(NeuronModelSpec.of("cuba-lif"), NeuronModelSpec.of("alif")));
  }

  @Override
  public Layout layout() {
    return layout;
  }

  /**
   * The layout's neurons; per neuron at most {@code fan_in} incoming synapses and {@code
   * fan_out_cores} destination cores; weights of 16 magnitudes per core with a sign; the neuron
   * models closest to the chip's adaptive exponential neuron behind a DPI synapse ({@code cuba-lif},
   * {@code alif}, parameters as floats: the chip sets them as bias currents).
   */
  @Override
  public ChipConstraints constraints() {
    return constraints;
  }

  /**
   * One element per chip (kind {@code chip}: its tags) and per core (kind {@code core}: its CAM and
   * SRAM entries, memory their sum, in {@code entries}); a violation for each neuron over its CAM
   * ({@code neuron N cam}, blaming its incoming synapses) or SRAM ({@code neuron N sram}, blaming its
   * outgoing synapses), each core over its CAM or SRAM total, and each chip over its tags (blaming
   * the synapses onto it, one tag per presynaptic neuron).
   *
   * @throws IllegalArgumentException if the network has another number of neurons than the board
   */
  @Override
  public MappingReport map(Connectivity network) {
    if (network.neurons() != layout.neurons()) {
      throw new IllegalArgumentException(
          "network has " + network.neurons() + " neurons, the board " + layout.neurons());
    }
    RoutingTables t = RoutingTables.count(network, layout, Dynapse2Config.CORES_PER_CHIP);
    List<ElementUsage> elements = new ArrayList<>();
    List<Violation> violations = new ArrayList<>();
    for (int chip = 0; chip < config.chips(); chip++) {
      Capacity tags = new Capacity("tags", "tags", t.tagsPerChip[chip], config.tags());
      elements.add(new ElementUsage("chip " + chip, "chip", -1, -1, 0, List.of(tags)));
      if (tags.exceeded()) {
        int onto = chip;
        violations.add(
            Violation.of(
                "chip " + chip,
                tags,
                Violation.LoadUnit.SOURCES,
                SynapseSet.where(network, (pre, post) -> chipOf(post) == onto)));
      }
    }
    for (int core = 0; core < config.cores(); core++) {
      long perNeuronCam = (long) config.coreSize() * config.fanIn();
      long perNeuronSram = (long) config.coreSize() * config.fanOutCores();
      Capacity cam = new Capacity("cam", "entries", t.camPerCore[core], perNeuronCam);
      Capacity sram = new Capacity("sram", "entries", t.sramPerCore[core], perNeuronSram);
      elements.add(
          new ElementUsage(
              "core " + core,
              "core",
              core / Dynapse2Config.CORES_PER_CHIP,
              core % Dynapse2Config.CORES_PER_CHIP,
              cam.used() + sram.used(),
              List.of(cam, sram)));
      int c = core;
      if (cam.exceeded()) {
        violations.add(
            Violation.of(
                "core " + core,
                cam,
                Violation.LoadUnit.SYNAPSES,
                SynapseSet.where(network, (pre, post) -> layout.coreOf(post) == c)));
      }
      if (sram.exceeded()) {
        violations.add(
            Violation.of(
                "core " + core,
                sram,
                Violation.LoadUnit.OTHER,
                SynapseSet.where(network, (pre, post) -> layout.coreOf(pre) == c)));
      }
    }
    neuronViolations(network, t, violations);
    return new MappingReport(
        "dynapse2",
        network.neurons(),
        network.synapses(),
        t.sram(),
        t.cam() + t.sram(),
        "entries",
        elements,
        violations);
  }

  /** Each neuron over its CAM (incoming synapses) or its SRAM (destination cores). */
  private void neuronViolations(Connectivity network, RoutingTables t, List<Violation> out) {
    for (int n = 0; n < network.neurons(); n++) {
      if (t.camPerNeuron[n] > config.fanIn()) {
        out.add(
            Violation.of(
                "neuron " + n,
                new Capacity("cam", "entries", t.camPerNeuron[n], config.fanIn()),
                Violation.LoadUnit.SYNAPSES,
                SynapseSet.onto(network, n)));
      }
      if (t.sramPerNeuron[n] > config.fanOutCores()) {
        // Its entries count cores, not synapses: only removing all of them is sure to fix it.
        out.add(
            Violation.of(
                "neuron " + n,
                new Capacity("sram", "entries", t.sramPerNeuron[n], config.fanOutCores()),
                Violation.LoadUnit.OTHER,
                SynapseSet.from(network, n)));
      }
    }
  }

  private int chipOf(int neuron) {
    return layout.coreOf(neuron) / Dynapse2Config.CORES_PER_CHIP;
  }
}
