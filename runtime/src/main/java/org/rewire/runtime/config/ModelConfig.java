package org.rewire.runtime.config;

import org.rewire.api.Layout;
import org.rewire.api.Require;
import org.rewire.runtime.engine.InputProjection;
import org.rewire.runtime.engine.NeuronModels;
import org.rewire.runtime.engine.Surrogate;

/**
 * The {@code model:} section: the recurrent spiking network, its neurons and its input.
 *
 * @param neuron the neuron model by name ({@link NeuronModels}): {@code lif} (default; leaky
 *     integrate-and-fire with reset by subtraction, the paper's)
 * @param tau membrane time constant, seconds (default 0.045)
 * @param thr firing threshold (default 1.0)
 * @param dt the time step of the membrane decay {@code exp(-dt / tau)}, seconds (default 0.001, as
 *     in the paper's code, independent of the input bin width)
 * @param surrogate the surrogate derivative by name: {@code fast-sigmoid} (default, {@code 1 / (10
 *     |v - thr| + 1)^2}), {@code sigmoid} or {@code triangle}
 * @param projection how input channels attach to neurons: {@code core} (default; channel c drives
 *     the neurons of the core holding the target's c-th input neuron, the paper's block-diagonal
 *     input tiles) or {@code dense} (every channel drives every neuron)
 * @param inputStd standard deviation of the initial input weights (default 0.5); recurrent weights
 *     are initialised by the sparsifier
 * @param rateLambda weight of the firing-rate regulariser {@code lambda (target_rate - mean z)^2}
 *     (default 10, as the reference network; 0 turns it off)
 * @param targetRate the mean spikes per neuron and step the regulariser pulls towards (default
 *     0.02)
 * @param input how spike events become input steps
 */
public record ModelConfig(
    String neuron,
    Double tau,
    Double thr,
    Double dt,
    String surrogate,
    InputProjection projection,
    Double inputStd,
    Double rateLambda,
    Double targetRate,
    InputConfig input) {
  public ModelConfig {
    neuron =
        NeuronModels.requireInstalled(
            Require.nonBlank("neuron", Require.orDefault(neuron, NeuronModels.DEFAULT)));
    tau = Require.positive("tau", Require.orDefault(tau, 0.045));
    thr = Require.positive("thr", Require.orDefault(thr, 1.0));
    dt = Require.positive("dt", Require.orDefault(dt, 0.001));
    surrogate = Require.nonBlank("surrogate", Require.orDefault(surrogate, "fast-sigmoid"));
    Surrogate.byName(surrogate);
    projection = Require.orDefault(projection, InputProjection.CORE);
    inputStd = Require.nonNegative("input_std", Require.orDefault(inputStd, 0.5));
    rateLambda = Require.nonNegative("rate_lambda", Require.orDefault(rateLambda, 10.0));
    targetRate = Require.inRange("target_rate", Require.orDefault(targetRate, 0.02), 0.0, 1.0);
    input = Require.orDefault(input, InputConfig.defaults());
  }

  /**
   * The input channels the network gets on {@code layout} from a dataset of {@code datasetChannels}
   * channels: {@code input.channels} when set; else, with the core projection, one per input neuron
   * of the target, and with the dense projection every channel of the dataset.
   */
  public int networkChannels(Layout layout, int datasetChannels) {
    if (input.channels() != 0) {
      return input.channels();
    }
    return projection == InputProjection.CORE ? layout.inputNeurons().length : datasetChannels;
  }

  /** This section with {@code input.channels} set to {@code channels}. */
  public ModelConfig withInputChannels(int channels) {
    InputConfig in =
        new InputConfig(
            input.steps(),
            input.duration(),
            input.dt(),
            channels,
            input.reduce(),
            input.counts(),
            input.augment());
    return new ModelConfig(
        neuron, tau, thr, dt, surrogate, projection, inputStd, rateLambda, targetRate, in);
  }
}
