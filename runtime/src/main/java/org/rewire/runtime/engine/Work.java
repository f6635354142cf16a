package org.rewire.runtime.engine;

/**
 * The arithmetic one training step did, counted from what actually ran: the engine's roofline
 * ({@code rewire bench --roofline}). Synaptic operations are additions or multiply-adds of one
 * weight into one element; the dense kernels count only the lanes that hold samples.
 *
 * @param samples samples in the batch
 * @param forwardOps input events times their fan-out plus spikes times their fan-out (additions)
 * @param backwardMacs the backward recurrent product {@code W delta}: active synapses times lanes
 *     in use times steps computed (all {@code steps - 1} in exact mode; fewer rows in the
 *     approximate mode)
 * @param gradientOps weight gradients: input events and spikes times their fan-out (additions)
 */
public record Work(long samples, long forwardOps, long backwardMacs, long gradientOps) {
  /** No work. */
  public static final Work NONE = new Work(0, 0, 0, 0);

  /** This plus {@code o}. */
  public Work plus(Work o) {
    return new Work(
        samples + o.samples,
        forwardOps + o.forwardOps,
        backwardMacs + o.backwardMacs,
        gradientOps + o.gradientOps);
  }

  /** All three kinds of operation together. */
  public long totalOps() {
    return forwardOps + backwardMacs + gradientOps;
  }
}
