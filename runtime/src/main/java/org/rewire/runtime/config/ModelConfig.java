package org.rewire.runtime.config;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.rewire.api.Layout;
import org.rewire.api.Require;
import org.rewire.runtime.engine.Alif;
import org.rewire.runtime.engine.CubaLif;
import org.rewire.runtime.engine.InputProjection;
import org.rewire.runtime.engine.NeuronModels;
import org.rewire.runtime.engine.Surrogate;

/**
 * The {@code model:} section: the recurrent spiking network, its neurons and its input.
 *
 * <p>Neuron keys are flat: {@code tau}, {@code thr}, {@code dt} and {@code learn_tau} apply to
 * every model; the others belong to one model and are refused, at their line and column, in a
 * section that chooses another ({@link NeuronModels#requireKeyOf}). A model's keys left out take
 * their defaults; the keys of other models stay unset (and unwritten in a run's {@code
 * config.yaml}).
 *
 * @param neuron the neuron model by name ({@link NeuronModels}): {@code lif} (default; leaky
 *     integrate-and-fire with reset by subtraction, the paper's), {@code alif} (adaptive threshold,
 *     Bellec et al. 2018) or {@code cuba-lif} (current-based, with a synaptic current)
 * @param tau membrane time constant, seconds (default 0.045)
 * @param thr firing threshold (default 1.0; ALIF's baseline threshold)
 * @param dt the time step of the decays {@code exp(-dt / tau)}, seconds (default 0.001, as in the
 *     paper's code, independent of the input bin width)
 * @param tauSyn {@code cuba-lif} only: synaptic time constant, seconds, {@code > 0} (default 0.005)
 * @param tauAdapt {@code alif} only: adaptation time constant, seconds, {@code > 0} (default 0.7)
 * @param beta {@code alif} only: threshold rise per spike of an adaptive neuron, {@code >= 0}
 *     (default 0.26)
 * @param adaptiveShare {@code alif} only: share of adaptive neurons, in {@code [0, 1]} (default 1)
 * @param learnTau train the model's time constants per neuron, from a heterogeneous start (default
 *     false); each must then lie in {@code [dt, 10 s]}
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
 * @param quantize train with the weights the chip stores (default true): when the target states a
 *     weight precision, training is quantization-aware and every figure (test accuracy, mapping,
 *     {@code network.json}) uses the quantized weights; false trains float weights whatever the
 *     chip states (the float reference)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ModelConfig(
    String neuron,
    Double tau,
    Double thr,
    Double dt,
    Double tauSyn,
    Double tauAdapt,
    Double beta,
    Double adaptiveShare,
    Boolean learnTau,
    String surrogate,
    InputProjection projection,
    Double inputStd,
    Double rateLambda,
    Double targetRate,
    InputConfig input,
    Boolean quantize) {
  public ModelConfig {
    neuron =
        NeuronModels.requireInstalled(
            Require.nonBlank("neuron", Require.orDefault(neuron, NeuronModels.DEFAULT)));
    tau = Require.positive("tau", Require.orDefault(tau, 0.045));
    thr = Require.positive("thr", Require.orDefault(thr, 1.0));
    dt = Require.positive("dt", Require.orDefault(dt, 0.001));
    tauSyn = own(neuron, "tau_syn", tauSyn, CubaLif.DEFAULT_TAU_SYN);
    tauAdapt = own(neuron, "tau_adapt", tauAdapt, Alif.DEFAULT_TAU_ADAPT);
    beta = own(neuron, "beta", beta, Alif.DEFAULT_BETA);
    adaptiveShare = own(neuron, "adaptive_share", adaptiveShare, Alif.DEFAULT_ADAPTIVE_SHARE);
    learnTau = Require.orDefault(learnTau, false);
    surrogate = Require.nonBlank("surrogate", Require.orDefault(surrogate, "fast-sigmoid"));
    Surrogate.byName(surrogate);
    projection = Require.orDefault(projection, InputProjection.CORE);
    inputStd = Require.nonNegative("input_std", Require.orDefault(inputStd, 0.5));
    rateLambda = Require.nonNegative("rate_lambda", Require.orDefault(rateLambda, 10.0));
    targetRate = Require.inRange("target_rate", Require.orDefault(targetRate, 0.02), 0.0, 1.0);
    input = Require.orDefault(input, InputConfig.defaults());
    quantize = Require.orDefault(quantize, true);
    // The model checks its own values (positive time constants, a share in [0, 1], ...).
    NeuronModels.create(
        neuron, settings(tau, thr, dt, surrogate, learnTau, tauSyn, tauAdapt, beta, adaptiveShare));
  }

  /**
   * A key of one model: refused when set for another model, its default for its own model, and
   * unset otherwise.
   */
  private static Double own(String neuron, String key, Double value, double fallback) {
    if (value != null) {
      NeuronModels.requireKeyOf(neuron, key);
      return value;
    }
    return NeuronModels.keysOf(neuron).contains(key) ? fallback : null;
  }

  /** The neuron settings the engine's model is made from ({@link NeuronModels#create}). */
  public NeuronModels.Settings neuronSettings() {
    return settings(tau, thr, dt, surrogate, learnTau, tauSyn, tauAdapt, beta, adaptiveShare);
  }

  private static NeuronModels.Settings settings(
      double tau,
      double thr,
      double dt,
      String surrogate,
      boolean learnTau,
      Double tauSyn,
      Double tauAdapt,
      Double beta,
      Double adaptiveShare) {
    return new NeuronModels.Settings(
        tau,
        thr,
        dt,
        Surrogate.byName(surrogate),
        learnTau,
        Require.orDefault(tauSyn, CubaLif.DEFAULT_TAU_SYN),
        Require.orDefault(tauAdapt, Alif.DEFAULT_TAU_ADAPT),
        Require.orDefault(beta, Alif.DEFAULT_BETA),
        Require.orDefault(adaptiveShare, Alif.DEFAULT_ADAPTIVE_SHARE));
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
        neuron,
        tau,
        thr,
        dt,
        tauSyn,
        tauAdapt,
        beta,
        adaptiveShare,
        learnTau,
        surrogate,
        projection,
        inputStd,
        rateLambda,
        targetRate,
        in,
        quantize);
  }
}
