package org.rewire.runtime.engine.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.rewire.runtime.data.BinnedSample;

/**
 * Binned samples with a chosen input density, for benchmarks and tests before real data is wired:
 * each channel fires in a step with probability {@code eventsPerStep / channels}, three times as
 * often inside a band of channels that depends on the class (so a network can learn them).
 */
public final class SyntheticBinnedSamples {
  private SyntheticBinnedSamples() {}

  /**
   * {@code count} samples of {@code steps} binary steps over {@code channels} channels, labels
   * cycling through {@code classes}, drawn from {@code seed}.
   */
  public static List<BinnedSample> generate(
      int count, int channels, int steps, int classes, double eventsPerStep, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int band = Math.max(1, channels / classes);
    // Base probability p outside the band and 3p inside keeps the mean at eventsPerStep.
    double p = eventsPerStep / (channels + 2.0 * band);
    List<BinnedSample> samples = new ArrayList<>(count);
    for (int s = 0; s < count; s++) {
      int label = s % classes;
      int bandStart = label * band;
      int[] stepStart = new int[steps + 1];
      int[] ch = new int[16];
      int n = 0;
      for (int t = 0; t < steps; t++) {
        for (int c = 0; c < channels; c++) {
          double q = c >= bandStart && c < bandStart + band ? 3 * p : p;
          if (random.nextDouble() < q) {
            if (n == ch.length) {
              ch = Arrays.copyOf(ch, n * 2);
            }
            ch[n++] = c;
          }
        }
        stepStart[t + 1] = n;
      }
      float[] counts = new float[n];
      Arrays.fill(counts, 1f);
      samples.add(new BinnedSample(label, stepStart, Arrays.copyOf(ch, n), counts));
    }
    return samples;
  }
}
