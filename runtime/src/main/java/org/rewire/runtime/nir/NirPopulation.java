package org.rewire.runtime.nir;

/**
 * One recurrent population of LIF or current-based LIF neurons with its input and recurrent weights
 * and its readout, in NIR's continuous-time terms: the network shape Rewire exports and the one it
 * reads back (snnTorch's RLeaky and RSynaptic, Norse's LIFRecurrent and Rockpool export it too).
 *
 * <p>Per neuron {@code j}, NIR's definitions ({@code nir/ir/neuron.py}):
 *
 * <pre>
 *   LIF:      tau dv/dt = (v_leak - v) + r I
 *   CubaLIF:  tau_syn di/dt = -i + w_in I,   tau_mem dv/dt = (v_leak - v) + r i
 *   spike when v > v_threshold, then v = v_reset (Rewire: v -= v_threshold)
 * </pre>
 *
 * with {@code I = W_in x + W_rec z}, the input channels' values {@code x} and the population's
 * spikes {@code z}.
 *
 * @param model the neuron model
 * @param channels input channels {@code C}
 * @param neurons neurons {@code N}
 * @param inputWeights {@code W_in}, N x C row-major ({@code [post * C + channel]}), NIR's {@code
 *     Linear.weight} layout (out x in); zeros where no synapse exists
 * @param recurrentWeights {@code W_rec}, N x N row-major ({@code [post * N + pre]}); zeros for
 *     pruned synapses
 * @param tauMem membrane time constants, seconds, length N ({@code tau} of LIF)
 * @param tauSyn synaptic time constants, seconds, length N; null for LIF
 * @param r resistance, length N
 * @param vLeak leak potential, length N
 * @param vThreshold firing threshold, length N
 * @param vReset reset potential, length N
 * @param wIn CubaLIF's input current weight, length N; null for LIF
 * @param readout the neuron each output reads, per class; null when the output is the whole
 *     population's spikes
 * @param subtractiveReset whether the file states that the reset subtracts the threshold (Rewire's
 *     own exports do, in the node's metadata); NIR itself defines a reset to {@code v_reset}
 * @param node the population node's name, as error messages name it
 */
public record NirPopulation(
    NeuronKind model,
    int channels,
    int neurons,
    float[] inputWeights,
    float[] recurrentWeights,
    double[] tauMem,
    double[] tauSyn,
    double[] r,
    double[] vLeak,
    double[] vThreshold,
    double[] vReset,
    double[] wIn,
    int[] readout,
    boolean subtractiveReset,
    String node) {

  /** The neuron models NIR and Rewire share. */
  public enum NeuronKind {
    /** NIR's {@code LIF}; Rewire's {@code lif}. */
    LIF("LIF"),
    /** NIR's {@code CubaLIF}; Rewire's {@code cuba-lif}. */
    CUBA_LIF("CubaLIF");

    private final String nirType;

    NeuronKind(String nirType) {
      this.nirType = nirType;
    }

    /** NIR's node type. */
    public String nirType() {
      return nirType;
    }
  }

  public NirPopulation {
    if (inputWeights.length != (long) neurons * channels
        || recurrentWeights.length != (long) neurons * neurons) {
      throw new IllegalArgumentException("weights do not match " + neurons + " x " + channels);
    }
    if ((model == NeuronKind.CUBA_LIF) != (tauSyn != null) || (tauSyn == null) != (wIn == null)) {
      throw new IllegalArgumentException("tau_syn and w_in belong to CubaLIF only");
    }
  }

  /** The input weight of channel {@code c} into neuron {@code post}. */
  public float inputWeight(int post, int c) {
    return inputWeights[post * channels + c];
  }

  /** The recurrent weight of neuron {@code pre} onto neuron {@code post}. */
  public float recurrentWeight(int post, int pre) {
    return recurrentWeights[post * neurons + pre];
  }
}
