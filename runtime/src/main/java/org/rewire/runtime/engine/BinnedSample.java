package org.rewire.runtime.engine;

/**
 * One sample as the engine consumes it: for each time step, the input channels that spiked (and how
 * often), in compressed rows. Step {@code t}'s events are {@code channels[k]} (with count {@code
 * counts[k]}) for {@code k} in {@code [stepStart[t], stepStart[t + 1])}, channels ascending within
 * a step. Arrays are shared, never modified after construction.
 *
 * @param label class index
 * @param stepStart {@code steps + 1} offsets into {@code channels}
 * @param channels active input channels per step
 * @param counts spike counts per event (all 1 for binary bins)
 */
public record BinnedSample(int label, int[] stepStart, int[] channels, float[] counts) {
  /** Number of time steps. */
  public int steps() {
    return stepStart.length - 1;
  }

  /** Number of (step, channel) events. */
  public int events() {
    return channels.length;
  }
}
