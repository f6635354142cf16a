package org.rewire.xylo;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.rewire.api.ChipConstraints;
import org.rewire.api.Connectivity;
import org.rewire.api.HardwareTarget;
import org.rewire.api.InputWeights;
import org.rewire.api.Layout;
import org.rewire.api.MappingReport;
import org.rewire.api.NeuronCounts;
import org.rewire.api.NeuronLimits;
import org.rewire.api.NeuronModelSpec;
import org.rewire.api.ParameterQuantization;
import org.rewire.api.WeightKind;
import org.rewire.api.WeightPrecision;

/**
 * A Xylo-class chip (modelled on SynSense XyloAudio 2, {@link XyloLimits}) as a {@link
 * HardwareTarget}: input channels drive the first hidden neurons (the input core), hidden neurons
 * are recurrent among themselves, and a readout layer of output neurons listens to the hidden ones.
 *
 * <p>Layout: neurons {@code 0 .. hidden - 1} are hidden, {@code hidden .. hidden + outputs - 1} the
 * outputs. Core 0 holds the input core's {@code input_core} hidden neurons (the first {@code
 * inputs} of them are the layout's input neurons), core 1 the other hidden neurons, core 2 the
 * outputs. Rewire's model never connects neurons inside the input core (a rule stricter than the
 * chip's, which costs nothing on the chip) nor two outputs.
 *
 * <p>Design rules {@link #map} checks, each violation named after its element and blaming the
 * synapses that break it: a hidden neuron drives at most {@code fan_out} (64) other hidden neurons
 * ({@code hidden i}, {@code recurrent_targets}); an output neuron drives nothing ({@code output o},
 * {@code targets}, limit 0: outputs are not recurrent). Weight memory is counted in bits, 8 per
 * stored (non-zero) weight: per input channel, per hidden neuron (its recurrent weights) and per
 * output neuron (its readout weights). Immutable and thread-safe.
 */
public final class XyloTarget implements HardwareTarget {
  private final XyloConfig config;
  private final int outputs;
  private final Layout layout;
  private final ChipConstraints constraints;

  /**
   * @param config how much of the chip is used
   * @param outputs output neurons, 1 to 8
   * @throws org.rewire.api.InvalidConfigException naming {@code outputs} when out of range
   */
  public XyloTarget(XyloConfig config, int outputs) {
    this.config = Objects.requireNonNull(config, "config");
    org.rewire.api.Require.inRange("outputs", outputs, 1, XyloLimits.OUTPUTS);
    this.outputs = outputs;
    int hidden = config.hidden();
    int[] coreOf = new int[hidden + outputs];
    for (int i = 0; i < coreOf.length; i++) {
      coreOf[i] = i < config.inputCore() ? 0 : i < hidden ? 1 : 2;
    }
    this.layout =
        new Layout(3, coreOf, Layout.range(0, config.inputs()), Layout.range(hidden, outputs));
    this.constraints = chipConstraints(config, outputs);
  }

  /**
   * What any sparsifier can hold: 16 input channels, up to 1000 hidden and 8 output neurons, a
   * fan-out of {@code fan_out} per neuron, 8-bit signed weights of every kind, and CuBa LIF (or
   * LIF, a CuBa LIF whose synaptic decay shift is 0) with membrane and synaptic decays as bit
   * shifts 0-15. The chip's fan-out counts recurrent targets only; here it caps readout synapses
   * too, which keeps every network that meets it within the chip.
   */
  private static ChipConstraints chipConstraints(XyloConfig config, int outputs) {
    ParameterQuantization dash =
        ParameterQuantization.bitShift(XyloLimits.DASH_MIN, XyloLimits.DASH_MAX);
    WeightPrecision weight = WeightPrecision.signed(XyloLimits.WEIGHT_BITS);
    return new ChipConstraints(
        new NeuronCounts(XyloLimits.INPUTS, XyloLimits.HIDDEN, XyloLimits.OUTPUTS),
        NeuronLimits.fanOut(config.fanOut()),
        org.rewire.api.CoreLimits.NONE,
        Map.of(WeightKind.INPUT, weight, WeightKind.RECURRENT, weight, WeightKind.OUTPUT, weight),
        List.of(
            new NeuronModelSpec("cuba-lif", decays(dash, "tau", "tau_syn")),
            new NeuronModelSpec("lif", decays(dash, "tau"))));
  }

  /** Each named time constant as a decay shift, in the order given (messages follow it). */
  private static Map<String, ParameterQuantization> decays(
      ParameterQuantization dash, String... names) {
    Map<String, ParameterQuantization> decays = new java.util.LinkedHashMap<>();
    for (String name : names) {
      decays.put(name, dash);
    }
    return decays;
  }

  /** The chip's config. */
  public XyloConfig config() {
    return config;
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
    return map(network, InputWeights.none());
  }

  @Override
  public MappingReport map(Connectivity network, InputWeights inputs) {
    if (network.neurons() != layout.neurons()) {
      throw new IllegalArgumentException(
          "network has "
              + network.neurons()
              + " neurons; this chip uses "
              + config.hidden()
              + " hidden and "
              + outputs
              + " output neurons ("
              + layout.neurons()
              + ")");
    }
    return new XyloMapping(config, outputs, network, inputs).report();
  }

  @Override
  public String toString() {
    return "XyloTarget["
        + config.inputs()
        + " inputs, "
        + config.hidden()
        + " hidden ("
        + config.inputCore()
        + " on the input core), "
        + outputs
        + " outputs, fan-out "
        + config.fanOut()
        + "]";
  }
}
