package org.rewire.runtime.config;

import org.rewire.api.InvalidConfigException;
import org.rewire.api.Require;

/**
 * The {@code model.input:} section: how a dataset's spike events become the network's input, time
 * steps by input channels. Binning is the runtime's job so every dataset gets it the same way.
 *
 * @param steps time steps (bins) per sample (default 100)
 * @param duration seconds of each recording spread over {@code steps} bins; spikes at or after it
 *     are dropped (default 1.4)
 * @param channels input channels after reduction; 0 keeps the dataset's channels (default 0)
 * @param reduce how channels are reduced to {@code channels}: {@code stride} keeps channels {@code
 *     c = i (mod k)} with {@code k = ceil(C / channels)}, {@code pool} sums neighbouring channels
 *     (default {@code stride})
 * @param counts bins hold spike counts instead of 0/1 (default false)
 * @param augment with {@code stride}, train on all {@code k} channel offsets (k times the samples)
 *     and average test accuracy over them, as the paper's code does (default false)
 */
public record InputConfig(
    Integer steps,
    Double duration,
    Integer channels,
    Reduction reduce,
    Boolean counts,
    Boolean augment) {

  /** Channel reduction methods. */
  public enum Reduction {
    STRIDE,
    POOL
  }

  public InputConfig {
    steps = Require.inRange("steps", Require.orDefault(steps, 100), 1, 100_000);
    duration = Require.positive("duration", Require.orDefault(duration, 1.4));
    channels = Require.nonNegative("channels", Require.orDefault(channels, 0));
    reduce = Require.orDefault(reduce, Reduction.STRIDE);
    counts = Require.orDefault(counts, false);
    augment = Require.orDefault(augment, false);
    if (augment && reduce != Reduction.STRIDE) {
      throw new InvalidConfigException("augment", "needs reduce: stride");
    }
  }

  /** All defaults. */
  public static InputConfig defaults() {
    return new InputConfig(null, null, null, null, null, null);
  }
}
