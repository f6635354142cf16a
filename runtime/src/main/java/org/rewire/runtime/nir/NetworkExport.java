package org.rewire.runtime.nir;

import org.rewire.runtime.engine.CubaLif;
import org.rewire.runtime.engine.Lif;
import org.rewire.runtime.engine.NeuronModel;
import org.rewire.runtime.engine.SpikingNetwork;
import org.rewire.runtime.engine.SynapseStore;

/**
 * A trained {@link SpikingNetwork} as a {@link NirPopulation}, in NIR's continuous-time terms.
 * Rewire's step {@code v_t = a v_{t-1} + I_t - thr z_{t-1}}, {@code a = exp(-dt/tau)}, is the exact
 * solution over one step of NIR's {@code tau dv/dt = -v + r I} for an input held over the step with
 * {@code r = 1/(1 - a)}: so each neuron's {@code tau = -dt / ln a} (its learned value when {@code
 * learn_tau}), {@code r = 1/(1 - a)}, {@code v_leak = 0}, {@code v_threshold = thr}, {@code v_reset
 * = 0}; CubaLIF adds {@code tau_syn = -dt / ln a_syn} and {@code w_in = 1}. Weights are dense:
 * pruned synapses are zeros. The readout is the layout's output neurons, whose spike counts are the
 * class scores.
 */
public final class NetworkExport {
  private NetworkExport() {}

  /**
   * Whether NIR has a node for the model called {@code name} ({@code model.neuron}): {@code lif}
   * and {@code cuba-lif}. NIR has no neuron with an adaptive threshold, so {@code alif} has none.
   */
  public static boolean exportable(String name) {
    return name.equals(Lif.NAME) || name.equals(CubaLif.NAME);
  }

  /**
   * The population of {@code network}, with the weights it runs with (quantized to the chip's
   * precision when its spec quantizes: {@link SpikingNetwork#forwardInputWeights()}), every weight
   * then passed through {@code weights}.
   *
   * @throws IllegalArgumentException if its neuron model is not {@link #exportable}
   */
  public static NirPopulation population(SpikingNetwork network, WeightTransform weights) {
    NeuronModel model = network.spec().neuron();
    int n = network.layout().neurons();
    int channels = network.spec().channels();
    double dt;
    double thr;
    NirPopulation.NeuronKind kind;
    if (model instanceof Lif lif) {
      dt = lif.parameters().dt();
      thr = lif.parameters().thr();
      kind = NirPopulation.NeuronKind.LIF;
    } else if (model instanceof CubaLif cuba) {
      dt = cuba.parameters().dt();
      thr = cuba.parameters().thr();
      kind = NirPopulation.NeuronKind.CUBA_LIF;
    } else {
      throw new IllegalArgumentException("NIR has no node for neuron model " + model.name());
    }
    float[] decay = network.neuronParameters().get(Lif.DECAY_MEM).valueArray();
    double[] tau = new double[n];
    double[] r = new double[n];
    for (int j = 0; j < n; j++) {
      tau[j] = timeConstant(decay[j], dt);
      r[j] = 1 / (1 - (double) decay[j]);
    }
    double[] tauSyn = null;
    double[] wIn = null;
    if (kind == NirPopulation.NeuronKind.CUBA_LIF) {
      float[] syn = network.neuronParameters().get(CubaLif.DECAY_SYN).valueArray();
      tauSyn = new double[n];
      wIn = new double[n];
      for (int j = 0; j < n; j++) {
        tauSyn[j] = timeConstant(syn[j], dt);
        wIn[j] = 1;
      }
    }
    // The weights the network runs with: quantized when its spec quantizes (the chip's precision).
    network.refreshForwardWeights();
    float[] inValues = network.forwardInputWeights();
    float[] recValues = network.forwardRecurrentWeights();
    float[] wInput = new float[n * channels];
    SynapseStore in = network.inputWeights();
    for (int c = 0; c < channels; c++) {
      for (int k = in.rowStart(c); k < in.rowStart(c) + in.rowLength(c); k++) {
        wInput[in.columnArray()[k] * channels + c] = weights.apply(inValues[k]);
      }
    }
    float[] wRec = new float[n * n];
    SynapseStore rec = network.recurrentWeights();
    for (int pre = 0; pre < n; pre++) {
      for (int k = rec.rowStart(pre); k < rec.rowStart(pre) + rec.rowLength(pre); k++) {
        wRec[rec.columnArray()[k] * n + pre] = weights.apply(recValues[k]);
      }
    }
    double[] thresholds = new double[n];
    java.util.Arrays.fill(thresholds, thr);
    return new NirPopulation(
        kind,
        channels,
        n,
        wInput,
        wRec,
        tau,
        tauSyn,
        r,
        new double[n],
        thresholds,
        new double[n],
        wIn,
        network.layout().outputNeurons().clone(),
        true,
        GraphExport.POPULATION);
  }

  /** The time step the network's neurons were trained at, seconds. */
  public static double dt(SpikingNetwork network) {
    NeuronModel model = network.spec().neuron();
    if (model instanceof Lif lif) {
      return lif.parameters().dt();
    }
    if (model instanceof CubaLif cuba) {
      return cuba.parameters().dt();
    }
    throw new IllegalArgumentException("NIR has no node for neuron model " + model.name());
  }

  /** {@code tau} with {@code exp(-dt/tau) = decay}. */
  private static double timeConstant(float decay, double dt) {
    return -dt / Math.log(decay);
  }
}
