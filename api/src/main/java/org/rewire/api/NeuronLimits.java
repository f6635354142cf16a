package org.rewire.api;

/**
 * Per-neuron caps on recurrent synapses, the same for every neuron of the chip. {@link #UNLIMITED}
 * marks a cap the chip does not have. Intra-core synapses count like any other.
 *
 * <p>Examples: a Xylo-class chip lets a hidden neuron drive at most 64 recurrent targets ({@code
 * fanOut 64}); a chip with 64 content-addressable memory entries per neuron has {@code fanIn 64}; a
 * chip whose neurons address at most 4 destination cores has {@code fanOutCores 4}.
 *
 * @param fanOut most outgoing synapses of one neuron, {@code >= 0}
 * @param fanOutCores most distinct cores one neuron's outgoing synapses reach (its own included),
 *     {@code >= 0}
 * @param fanIn most incoming synapses of one neuron, {@code >= 0}
 * @param fanInCores most distinct cores one neuron's incoming synapses come from (its own
 *     included), {@code >= 0}
 * @since api 0.2.0
 */
public record NeuronLimits(int fanOut, int fanOutCores, int fanIn, int fanInCores) {
  /** The value of a cap the chip does not have. */
  public static final int UNLIMITED = Integer.MAX_VALUE;

  /** No per-neuron cap at all. */
  public static final NeuronLimits NONE =
      new NeuronLimits(UNLIMITED, UNLIMITED, UNLIMITED, UNLIMITED);

  /**
   * @throws IllegalArgumentException if a cap is negative
   */
  public NeuronLimits {
    if (fanOut < 0 || fanOutCores < 0 || fanIn < 0 || fanInCores < 0) {
      throw new IllegalArgumentException(
          "per-neuron caps must be >= 0, got "
              + fanOut
              + ", "
              + fanOutCores
              + ", "
              + fanIn
              + ", "
              + fanInCores);
    }
  }

  /** Only a cap on outgoing synapses per neuron. */
  public static NeuronLimits fanOut(int synapses) {
    return new NeuronLimits(synapses, UNLIMITED, UNLIMITED, UNLIMITED);
  }

  /** Whether any cap is set. */
  public boolean limited() {
    return !equals(NONE);
  }
}
