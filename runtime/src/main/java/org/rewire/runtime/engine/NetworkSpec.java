package org.rewire.runtime.engine;

import org.rewire.api.InvalidConfigException;
import org.rewire.api.Layout;
import org.rewire.api.Require;

/**
 * The shape and constants of the recurrent spiking network the engine trains (PAPER.md section 5):
 *
 * <pre>
 *   I_t = x_t Win + z_{t-1} W                      (the synaptic input current)
 *   z_t = neuron(I_t, state)                        (for LIF: v_t = a v_{t-1} + I_t - thr z_{t-1},
 *                                                    z_t = H(v_t - thr), a = exp(-dt / tau))
 *   logits = sum_t z_t[outputs]
 *   loss = CE(log_softmax(logits)) + rateLambda (targetRate - mean z)^2
 * </pre>
 *
 * where the mean runs over samples, neurons and steps of the batch, as in the PyTorch reference.
 *
 * @param layout neurons on cores, input and output neurons (classes = outputs)
 * @param channels input channels; with {@link InputProjection#CORE} exactly {@code
 *     layout.inputNeurons().length}
 * @param projection how channels attach to neurons
 * @param neuron the neuron model: its dynamics, parameters and surrogate derivative
 * @param rateLambda weight of the firing-rate term, 0 for none
 * @param targetRate the mean spikes per neuron and step the rate term pulls towards
 * @param inputWeightStd standard deviation of initial input weights
 * @param recurrentWeightStd standard deviation of initial recurrent weights
 * @param quantization how the chip stores the weights; passes run with the quantized weights and
 *     training is quantization-aware ({@link WeightQuantization}); {@link WeightQuantization#NONE}
 *     for float weights
 */
public record NetworkSpec(
    Layout layout,
    int channels,
    InputProjection projection,
    NeuronModel neuron,
    double rateLambda,
    double targetRate,
    double inputWeightStd,
    double recurrentWeightStd,
    WeightQuantization quantization) {

  public NetworkSpec {
    if (layout.outputNeurons().length < 1) {
      throw new IllegalArgumentException("the layout has no output neurons");
    }
    if (channels < 1) {
      throw new InvalidConfigException("channels", "must be > 0, got " + channels);
    }
    if (projection == InputProjection.CORE && channels != layout.inputNeurons().length) {
      throw new InvalidConfigException(
          "channels",
          "must equal the target's "
              + layout.inputNeurons().length
              + " input neurons with core input projection, got "
              + channels);
    }
    if (neuron == null) {
      throw new IllegalArgumentException("the spec has no neuron model");
    }
    Require.nonNegative("rate_lambda", rateLambda);
    Require.nonNegative("target_rate", targetRate);
    Require.nonNegative("input_weight_std", inputWeightStd);
    Require.nonNegative("recurrent_weight_std", recurrentWeightStd);
    if (quantization == null) {
      throw new IllegalArgumentException("the spec has no weight quantization");
    }
  }

  /** A spec with float weights ({@link WeightQuantization#NONE}). */
  public NetworkSpec(
      Layout layout,
      int channels,
      InputProjection projection,
      NeuronModel neuron,
      double rateLambda,
      double targetRate,
      double inputWeightStd,
      double recurrentWeightStd) {
    this(
        layout,
        channels,
        projection,
        neuron,
        rateLambda,
        targetRate,
        inputWeightStd,
        recurrentWeightStd,
        WeightQuantization.NONE);
  }

  /**
   * The paper's defaults on {@code layout} (the PyTorch reference's command-line defaults): core
   * input projection, LIF neurons with tau 45 ms, dt 1 ms, thr 1 and the fast-sigmoid surrogate,
   * rate term 10 (target 0.02), input weights N(0, 0.5^2), recurrent weights N(0, 0.1^2).
   */
  public static NetworkSpec paperDefaults(Layout layout) {
    return new NetworkSpec(
        layout,
        layout.inputNeurons().length,
        InputProjection.CORE,
        new Lif(Lif.Parameters.paper(), new Surrogate.FastSigmoid()),
        10.0,
        0.02,
        0.5,
        0.1);
  }

  /** Number of classes (output neurons). */
  public int classes() {
    return layout.outputNeurons().length;
  }

  /** A copy with another neuron model. */
  public NetworkSpec withNeuron(NeuronModel model) {
    return new NetworkSpec(
        layout,
        channels,
        projection,
        model,
        rateLambda,
        targetRate,
        inputWeightStd,
        recurrentWeightStd,
        quantization);
  }

  /** A copy with another rate term. */
  public NetworkSpec withRateTerm(double lambda, double target) {
    return new NetworkSpec(
        layout,
        channels,
        projection,
        neuron,
        lambda,
        target,
        inputWeightStd,
        recurrentWeightStd,
        quantization);
  }

  /** A copy whose weights are stored as {@code q} says (quantization-aware training). */
  public NetworkSpec withQuantization(WeightQuantization q) {
    return new NetworkSpec(
        layout,
        channels,
        projection,
        neuron,
        rateLambda,
        targetRate,
        inputWeightStd,
        recurrentWeightStd,
        q);
  }
}
