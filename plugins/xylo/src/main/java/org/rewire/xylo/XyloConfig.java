package org.rewire.xylo;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.rewire.api.InvalidConfigException;
import org.rewire.api.Require;

/**
 * The {@code target:} section of type {@code xylo-class}: how much of a Xylo-class chip the network
 * uses, within the chip's published limits ({@link XyloLimits}).
 *
 * @param inputs input channels, 1 to 16 (default 16); channel {@code c} drives every neuron of the
 *     input core through one weight each
 * @param hidden hidden neurons, 2 to 1000 (default 1000)
 * @param inputCore hidden neurons that receive the input channels (Rockpool's {@code Nin_res}, the
 *     first hidden neurons), from {@code inputs} to {@code hidden - 1} (default 64, or {@code
 *     hidden - 1} when fewer hidden neurons are used)
 * @param outputs output neurons, 1 to 8; {@code null} (default) means the dataset's number of
 *     classes, else 8
 * @param fanOut most recurrent targets of one hidden neuron, 1 to 64 (default 64, the chip's); a
 *     smaller value models a stricter part
 */
public record XyloConfig(
    Integer inputs,
    Integer hidden,
    Integer inputCore,
    @JsonInclude(JsonInclude.Include.NON_NULL) Integer outputs,
    Integer fanOut) {

  /** The input core's size when neither the config nor a small {@code hidden} says. */
  public static final int DEFAULT_INPUT_CORE = 64;

  public XyloConfig {
    inputs = Require.inRange("inputs", Require.orDefault(inputs, XyloLimits.INPUTS), 1, 16);
    hidden =
        Require.inRange(
            "hidden", Require.orDefault(hidden, XyloLimits.HIDDEN), 2, XyloLimits.HIDDEN);
    inputCore =
        Require.orDefault(inputCore, Math.max(inputs, Math.min(DEFAULT_INPUT_CORE, hidden - 1)));
    if (inputCore < inputs || inputCore >= hidden) {
      throw new InvalidConfigException(
          "input_core",
          "must be at least inputs ("
              + inputs
              + ") and below hidden ("
              + hidden
              + ") so hidden neurons outside it can be recurrent, got "
              + inputCore);
    }
    if (outputs != null) {
      Require.inRange("outputs", outputs, 1, XyloLimits.OUTPUTS);
    }
    fanOut =
        Require.inRange(
            "fan_out", Require.orDefault(fanOut, XyloLimits.FAN_OUT), 1, XyloLimits.FAN_OUT);
  }

  /** The whole chip: every field at its default. */
  public static XyloConfig defaults() {
    return new XyloConfig(null, null, null, null, null);
  }
}
