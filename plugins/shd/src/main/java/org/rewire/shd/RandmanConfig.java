package org.rewire.shd;

import org.rewire.api.InvalidConfigException;
import org.rewire.api.Require;

/**
 * The {@code dataset:} section for {@code type: randman}: Zenke and Vogels' random-manifold spike
 * timing task. Defaults follow the reference generator ({@code make_spiking_dataset}) where it has
 * one.
 *
 * @param channels input channels; each fires {@code spikes_per_channel} spikes per sample (default
 *     100)
 * @param classes number of classes, one random manifold each (default 10)
 * @param samples training samples per class (default 1000)
 * @param testSamples test samples per class, drawn from the same manifolds; 0 for no test split
 *     (default {@code samples / 5}, at least 1)
 * @param dimManifold intrinsic dimension of each manifold (default 2)
 * @param alpha fall-off exponent of the manifolds' Fourier spectrum; larger is smoother (default 2)
 * @param spikesPerChannel spikes per channel and sample, one manifold each (default 1)
 * @param duration seconds over which spike times are spread; times lie in {@code [0, duration)}
 *     (default 1.0). The reference scales times to {@code nb_steps} steps instead; bin with {@code
 *     model.input.duration} equal to this to match it.
 * @param steps if above 0, spike times are rounded down to multiples of {@code duration / steps},
 *     the reference's integer step times (default 0: exact times)
 * @param seed the generator's seed; the same seed gives the same data (default 0, fixed so that
 *     runs with different experiment seeds train on the same task)
 */
public record RandmanConfig(
    Integer channels,
    Integer classes,
    Integer samples,
    Integer testSamples,
    Integer dimManifold,
    Double alpha,
    Integer spikesPerChannel,
    Double duration,
    Integer steps,
    Long seed) {

  /** Upper bound on spikes held in memory (4 bytes time + 4 bytes unit each: 4 GiB). */
  static final long MAX_SPIKES = 1L << 29;

  public RandmanConfig {
    channels = Require.inRange("channels", Require.orDefault(channels, 100), 1, 1 << 20);
    classes = Require.inRange("classes", Require.orDefault(classes, 10), 1, 1 << 16);
    samples = Require.inRange("samples", Require.orDefault(samples, 1000), 1, 1 << 24);
    testSamples =
        Require.inRange(
            "test_samples", Require.orDefault(testSamples, Math.max(1, samples / 5)), 0, 1 << 24);
    dimManifold = Require.inRange("dim_manifold", Require.orDefault(dimManifold, 2), 1, 64);
    alpha = Require.inRange("alpha", Require.orDefault(alpha, 2.0), 0.1, 100.0);
    spikesPerChannel =
        Require.inRange("spikes_per_channel", Require.orDefault(spikesPerChannel, 1), 1, 1000);
    duration = Require.positive("duration", Require.orDefault(duration, 1.0));
    steps = Require.inRange("steps", Require.orDefault(steps, 0), 0, 1_000_000);
    seed = Require.orDefault(seed, 0L);
    long spikes =
        (long) classes * (samples + (long) testSamples) * channels * (long) spikesPerChannel;
    if (spikes > MAX_SPIKES) {
      throw new InvalidConfigException(
          "samples",
          "classes x (samples + test_samples) x channels x spikes_per_channel = "
              + spikes
              + " spikes, more than the "
              + MAX_SPIKES
              + " held in memory at most");
    }
  }
}
