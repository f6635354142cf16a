package org.rewire.runtime.config;

import org.rewire.api.InvalidConfigException;
import org.rewire.api.Require;

/**
 * The {@code model.input:} section: how a dataset's spike events become the network's input, time
 * steps by input channels. Binning is the runtime's job so every dataset gets it the same way.
 *
 * <p>Time: any two of {@code steps}, {@code duration} and {@code dt} determine the third ({@code
 * duration = steps * dt}); giving all three requires them to agree. With fewer than two, {@code
 * steps} defaults to 100 and {@code duration} to 1.4 s (the paper's binning).
 *
 * @param steps time steps (bins) per sample (default 100)
 * @param duration seconds of each recording spread over {@code steps} bins; spikes at or after it
 *     are dropped (default 1.4)
 * @param dt the width of one bin in seconds, an alternative to {@code duration} (default {@code
 *     duration / steps})
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
    Double dt,
    Integer channels,
    Reduction reduce,
    Boolean counts,
    Boolean augment) {

  /** Relative disagreement tolerated between {@code duration} and {@code steps * dt}. */
  private static final double TIME_TOLERANCE = 1e-9;

  /** Channel reduction methods. */
  public enum Reduction {
    STRIDE,
    POOL
  }

  public InputConfig {
    if (dt != null) {
      Require.positive("dt", dt);
      if (steps == null && duration != null) {
        long whole = Math.round(Require.positive("duration", duration) / dt);
        if (whole < 1 || Math.abs(whole * dt - duration) > TIME_TOLERANCE * duration) {
          throw new InvalidConfigException(
              "dt", "duration " + duration + " is not a whole number of steps of " + dt + " s");
        }
        steps = (int) Math.min(whole, Integer.MAX_VALUE);
      }
    }
    steps = Require.inRange("steps", Require.orDefault(steps, 100), 1, 100_000);
    if (dt != null && duration == null) {
      duration = steps * dt;
    }
    duration = Require.positive("duration", Require.orDefault(duration, 1.4));
    if (dt == null) {
      dt = duration / steps;
    } else if (Math.abs(steps * dt - duration) > TIME_TOLERANCE * duration) {
      throw new InvalidConfigException(
          "dt", "steps " + steps + " x dt " + dt + " does not equal duration " + duration);
    }
    channels = Require.nonNegative("channels", Require.orDefault(channels, 0));
    reduce = Require.orDefault(reduce, Reduction.STRIDE);
    counts = Require.orDefault(counts, false);
    augment = Require.orDefault(augment, false);
    if (augment && reduce != Reduction.STRIDE) {
      throw new InvalidConfigException("augment", "needs reduce: stride");
    }
  }

  /** The section without {@code dt}, as it was before {@code dt} existed; {@code dt} derived. */
  public InputConfig(
      Integer steps,
      Double duration,
      Integer channels,
      Reduction reduce,
      Boolean counts,
      Boolean augment) {
    this(steps, duration, null, channels, reduce, counts, augment);
  }

  /** All defaults. */
  public static InputConfig defaults() {
    return new InputConfig(null, null, null, null, null, null, null);
  }
}
