package org.rewire.xylo;

import java.util.ArrayList;
import java.util.List;
import org.rewire.api.Capacity;
import org.rewire.api.Connectivity;
import org.rewire.api.ElementUsage;
import org.rewire.api.InputWeights;
import org.rewire.api.MappingReport;
import org.rewire.api.SynapseSet;
import org.rewire.api.Violation;

/**
 * One mapping of a network onto a {@link XyloTarget}: the design-rule checks and the weight memory
 * per element, placed on a grid for the chip picture (row 0 the input channels, then the hidden
 * neurons row by row, then the output neurons). Used once, by one thread.
 */
final class XyloMapping {
  /** Element kinds; memory is summed per kind. */
  static final String INPUT = "input";

  static final String HIDDEN = "hidden";
  static final String OUTPUT = "output";

  private final XyloConfig config;
  private final int outputs;
  private final Connectivity network;
  private final InputWeights inputs;
  private final int width;
  private final List<ElementUsage> elements = new ArrayList<>();
  private final List<Violation> violations = new ArrayList<>();
  private long bits;

  XyloMapping(XyloConfig config, int outputs, Connectivity network, InputWeights inputs) {
    this.config = config;
    this.outputs = outputs;
    this.network = network;
    this.inputs = inputs;
    int side = (int) Math.ceil(Math.sqrt(config.hidden()));
    this.width = Math.max(Math.max(side, config.inputs()), outputs);
  }

  MappingReport report() {
    inputChannels();
    hiddenNeurons();
    outputNeurons();
    return new MappingReport(
        XyloTargetProvider.TYPE,
        network.neurons(),
        network.synapses(),
        0,
        bits,
        "bits",
        elements,
        violations);
  }

  /** One element per input channel: its stored input weights. */
  private void inputChannels() {
    long[] stored = new long[config.inputs()];
    if (inputs.channels() > 0) {
      inputs.forEach(
          (c, post, w) -> {
            if (c < stored.length && w != 0) {
              stored[c]++;
            }
          });
    }
    for (int c = 0; c < config.inputs(); c++) {
      long memory = stored[c] * XyloLimits.WEIGHT_BITS;
      bits += memory;
      elements.add(
          new ElementUsage(
              "input " + c,
              INPUT,
              0,
              c,
              memory,
              List.of(new Capacity("weights", "weights", stored[c], config.inputCore()))));
    }
  }

  /** One element per hidden neuron: its recurrent targets against the fan-out rule. */
  private void hiddenNeurons() {
    int hidden = config.hidden();
    for (int i = 0; i < hidden; i++) {
      long recurrent = 0;
      for (int k = network.rowStart(i); k < network.rowEnd(i); k++) {
        if (network.target(k) < hidden) {
          recurrent++;
        }
      }
      long memory = recurrent * XyloLimits.WEIGHT_BITS;
      bits += memory;
      Capacity fanOut = new Capacity("recurrent_targets", "synapses", recurrent, config.fanOut());
      elements.add(
          new ElementUsage(
              "hidden " + i, HIDDEN, 1 + i / width, i % width, memory, List.of(fanOut)));
      if (fanOut.exceeded()) {
        int pre = i;
        violations.add(
            Violation.of(
                "hidden " + i,
                fanOut,
                Violation.LoadUnit.SYNAPSES,
                SynapseSet.where(network, (p, post) -> p == pre && post < hidden)));
      }
    }
  }

  /** One element per output neuron: its readout weights, and the rule that it drives nothing. */
  private void outputNeurons() {
    int hidden = config.hidden();
    int row = 2 + (hidden - 1) / width;
    long[] readout = new long[outputs];
    for (int i = 0; i < hidden; i++) {
      for (int k = network.rowStart(i); k < network.rowEnd(i); k++) {
        int post = network.target(k);
        if (post >= hidden) {
          readout[post - hidden]++;
        }
      }
    }
    for (int o = 0; o < outputs; o++) {
      int neuron = hidden + o;
      long memory = readout[o] * XyloLimits.WEIGHT_BITS;
      bits += memory;
      Capacity targets =
          new Capacity("targets", "synapses", network.rowEnd(neuron) - network.rowStart(neuron), 0);
      elements.add(
          new ElementUsage(
              "output " + o,
              OUTPUT,
              row,
              o,
              memory,
              List.of(new Capacity("readout_weights", "weights", readout[o], hidden), targets)));
      if (targets.exceeded()) {
        violations.add(
            Violation.of(
                "output " + o,
                targets,
                Violation.LoadUnit.SYNAPSES,
                SynapseSet.from(network, neuron)));
      }
    }
  }
}
