package org.rewire.api;

/**
 * Per-core caps on what a core receives from other cores, the same for every core. {@link
 * NeuronLimits#UNLIMITED} marks a cap the chip does not have.
 *
 * <p>Example: a core whose routing table (axon table) holds 128 entries, one per presynaptic neuron
 * of another core that drives any neuron of this core, has {@code sources 128}.
 *
 * @param sources most distinct presynaptic neurons on other cores with a synapse into this core,
 *     {@code >= 0}
 * @since api 0.2.0
 */
public record CoreLimits(int sources) {
  /** No per-core cap. */
  public static final CoreLimits NONE = new CoreLimits(NeuronLimits.UNLIMITED);

  /**
   * @throws IllegalArgumentException if a cap is negative
   */
  public CoreLimits {
    if (sources < 0) {
      throw new IllegalArgumentException("per-core caps must be >= 0, got " + sources);
    }
  }

  /** Whether any cap is set. */
  public boolean limited() {
    return sources != NeuronLimits.UNLIMITED;
  }
}
