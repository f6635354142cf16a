package org.rewire.runtime.data;

import java.util.Arrays;
import org.rewire.api.SpikeSample;
import org.rewire.runtime.config.InputConfig;
import org.rewire.runtime.config.InputConfig.Reduction;
import org.rewire.runtime.engine.BinnedSample;

/**
 * Turns one sample's spike events into a {@link BinnedSample}: time into {@code steps} bins of
 * {@code dt} seconds over {@code [0, duration)} (later spikes are dropped), channels reduced to
 * {@code inputs}, bins binary or counts.
 *
 * <p>Channel reduction from the dataset's {@code C} channels to {@code n} inputs, {@code k = ceil(C
 * / n)}:
 *
 * <ul>
 *   <li>{@code stride}: variant {@code v} (of {@code k}) keeps channels {@code i} with {@code i mod
 *       k == v} and feeds channel {@code i} to input {@code i / k}; the variants see disjoint
 *       channel subsets, which the paper's code uses as augmentation. Without augmentation only
 *       variant 0 is used.
 *   <li>{@code pool}: input {@code j} sums channels {@code i} with {@code floor(i n / C) == j},
 *       groups of neighbouring channels of near-equal size covering every input.
 * </ul>
 *
 * When {@code n} is 0 or at least {@code C}, channels map to themselves. Stateless and thread-safe.
 */
public final class Binner {
  private final int steps;
  private final double duration;
  private final int channels;
  private final int inputs;
  private final Reduction reduce;
  private final int stride;
  private final int variants;
  private final boolean counts;

  /**
   * @param input the binning options
   * @param datasetChannels the dataset's channels {@code C}
   */
  public Binner(InputConfig input, int datasetChannels) {
    if (datasetChannels <= 0) {
      throw new IllegalArgumentException("dataset channels must be > 0, got " + datasetChannels);
    }
    this.steps = input.steps();
    this.duration = input.duration();
    this.channels = datasetChannels;
    boolean reduces = input.channels() > 0 && input.channels() < datasetChannels;
    this.inputs = input.channels() == 0 ? datasetChannels : input.channels();
    this.reduce = reduces ? input.reduce() : null;
    this.stride = reduce == Reduction.STRIDE ? ceilDiv(datasetChannels, inputs) : 1;
    this.variants = input.augment() ? stride : 1;
    this.counts = input.counts();
  }

  private static int ceilDiv(int a, int b) {
    return (a + b - 1) / b;
  }

  /** Time steps per sample. */
  public int steps() {
    return steps;
  }

  /** Input channels after reduction: the width of every step. */
  public int inputs() {
    return inputs;
  }

  /**
   * Channel-offset variants of each sample: {@code k} for {@code stride} with augmentation, else 1.
   */
  public int variants() {
    return variants;
  }

  /**
   * Bins {@code sample} for {@code variant}.
   *
   * @throws IllegalArgumentException if the variant is out of range or a unit is outside the
   *     dataset's channels (a dataset that broke its contract)
   */
  public BinnedSample bin(SpikeSample sample, int variant) {
    if (variant < 0 || variant >= variants) {
      throw new IllegalArgumentException("variant " + variant + " outside [0, " + variants + ")");
    }
    long[] keys = new long[sample.size()];
    int kept = 0;
    for (int k = 0; k < sample.size(); k++) {
      int unit = sample.unit(k);
      if (unit >= channels) {
        throw new IllegalArgumentException(
            "spike " + k + " has unit " + unit + " outside [0, " + channels + ")");
      }
      int input = input(unit, variant);
      double time = sample.time(k);
      if (input < 0 || time >= duration) {
        continue;
      }
      // Rounding can put a time just below the duration into bin `steps`; it belongs to the last.
      int step = Math.min((int) (time * steps / duration), steps - 1);
      keys[kept++] = (long) step * inputs + input;
    }
    Arrays.sort(keys, 0, kept);
    return compress(sample.label(), keys, kept);
  }

  /** The input channel {@code unit} feeds in {@code variant}, or -1 if the variant drops it. */
  private int input(int unit, int variant) {
    if (reduce == null) {
      return unit;
    }
    if (reduce == Reduction.STRIDE) {
      return unit % stride == variant ? unit / stride : -1;
    }
    return (int) ((long) unit * inputs / channels);
  }

  /** Sorted (step, input) keys to compressed rows, merging repeats into counts. */
  private BinnedSample compress(int label, long[] keys, int n) {
    int distinct = 0;
    for (int k = 0; k < n; k++) {
      if (k == 0 || keys[k] != keys[k - 1]) {
        distinct++;
      }
    }
    int[] stepStart = new int[steps + 1];
    int[] inputsOut = new int[distinct];
    float[] countsOut = new float[distinct];
    int e = -1;
    for (int k = 0; k < n; k++) {
      if (k == 0 || keys[k] != keys[k - 1]) {
        e++;
        int step = (int) (keys[k] / inputs);
        inputsOut[e] = (int) (keys[k] % inputs);
        stepStart[step + 1]++;
        countsOut[e] = 1;
      } else if (counts) {
        countsOut[e]++;
      }
    }
    for (int t = 0; t < steps; t++) {
      stepStart[t + 1] += stepStart[t];
    }
    return new BinnedSample(label, stepStart, inputsOut, countsOut);
  }
}
