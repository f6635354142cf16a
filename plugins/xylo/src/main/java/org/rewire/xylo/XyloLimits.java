package org.rewire.xylo;

/**
 * The published limits of a SynSense XyloAudio 2-class chip, as Rockpool documents its
 * configuration ({@code rockpool.devices.xylo.syns61201}, {@code config_from_specification}: input
 * weights {@code (Nin, Nin_res, 2)}, recurrent {@code (Nhidden, Nhidden, 2)}, output {@code
 * (Nhidden, Nout)}, 8-bit signed integers; per-neuron decays {@code dash_mem}, {@code dash_syn},
 * {@code dash_syn_2} as bit shifts) and its design-rule checks. Constants only.
 */
public final class XyloLimits {
  private XyloLimits() {}

  /** Input channels. */
  public static final int INPUTS = 16;

  /** Hidden (reservoir) neurons. */
  public static final int HIDDEN = 1000;

  /** Output (readout) neurons. */
  public static final int OUTPUTS = 8;

  /** Most recurrent targets one hidden neuron drives. */
  public static final int FAN_OUT = 64;

  /** Bits of every stored weight (input, recurrent and output), two's complement. */
  public static final int WEIGHT_BITS = 8;

  /** Least decay bit shift ("dash"): {@code tau = dt * 2^dash}. */
  public static final int DASH_MIN = 0;

  /** Largest decay bit shift. */
  public static final int DASH_MAX = 15;

  /** Synaptic time constants (synaptic currents) a hidden neuron can have. */
  public static final int SYNAPSES_PER_NEURON = 2;
}
