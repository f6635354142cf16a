package org.rewire.shd;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.rewire.api.SpikeSample;
import org.rewire.api.Split;

/**
 * Generates Zenke and Vogels' random-manifold task (Neural Computation 33, 2021; reference code
 * {@code fzenke/randman}). Each class owns {@code spikes_per_channel} random manifolds of dimension
 * {@code dim_manifold} embedded in {@code channels} dimensions. A sample is a point drawn uniformly
 * in the manifolds' parameter space; coordinate {@code j} of manifold {@code s}, min-max scaled
 * over the class's samples, is the time of channel {@code j}'s {@code s}-th spike. Every channel
 * fires the same number of spikes in every sample, so only spike timing tells classes apart.
 *
 * <p>Deterministic: the seed fixes everything. Each class draws from its own stream split off the
 * seed's in class order, so classes are generated in parallel with identical results. Train and
 * test points of a class come from the same manifolds and share one scaling (the reference scales
 * the one set it makes); each split is then shuffled.
 */
final class RandmanGenerator {
  /** The reference's {@code standardize} epsilon: keeps scaled values strictly below 1. */
  private static final double EPSILON = 1e-7;

  private final RandmanConfig config;

  RandmanGenerator(RandmanConfig config) {
    this.config = config;
  }

  /** TRAIN and (when {@code test_samples > 0}) TEST samples. */
  Map<Split, List<SpikeSample>> generate() {
    SplittableRandom root = new SplittableRandom(config.seed());
    SplittableRandom[] classStreams = new SplittableRandom[config.classes()];
    for (int k = 0; k < classStreams.length; k++) {
      classStreams[k] = root.split();
    }
    SplittableRandom order = root.split();
    List<List<SpikeSample>> perClass =
        IntStream.range(0, config.classes())
            .parallel()
            .mapToObj(k -> generateClass(k, classStreams[k]))
            .toList();

    List<SpikeSample> train = new ArrayList<>();
    List<SpikeSample> test = new ArrayList<>();
    for (List<SpikeSample> samples : perClass) {
      train.addAll(samples.subList(0, config.samples()));
      test.addAll(samples.subList(config.samples(), samples.size()));
    }
    shuffle(train, order);
    shuffle(test, order);
    Map<Split, List<SpikeSample>> splits = new EnumMap<>(Split.class);
    splits.put(Split.TRAIN, train);
    if (!test.isEmpty()) {
      splits.put(Split.TEST, test);
    }
    return splits;
  }

  private List<SpikeSample> generateClass(int label, SplittableRandom random) {
    int channels = config.channels();
    int spikes = config.spikesPerChannel();
    int count = config.samples() + config.testSamples();
    RandomManifold[] manifolds = new RandomManifold[spikes];
    for (int s = 0; s < spikes; s++) {
      manifolds[s] = new RandomManifold(channels, config.dimManifold(), config.alpha(), random);
    }
    double[][] points = new double[count][config.dimManifold()];
    for (double[] x : points) {
      for (int d = 0; d < x.length; d++) {
        x[d] = random.nextDouble();
      }
    }
    // times[i][s * channels + j]: spike s of channel j in sample i.
    float[][] times = new float[count][spikes * channels];
    double[] values = new double[count];
    for (int s = 0; s < spikes; s++) {
      for (int j = 0; j < channels; j++) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < count; i++) {
          values[i] = manifolds[s].coordinate(j, points[i]);
          min = Math.min(min, values[i]);
          max = Math.max(max, values[i]);
        }
        for (int i = 0; i < count; i++) {
          times[i][s * channels + j] = time((values[i] - min) / (max - min + EPSILON));
        }
      }
    }
    int[] units = new int[spikes * channels];
    for (int k = 0; k < units.length; k++) {
      units[k] = k % channels;
    }
    List<SpikeSample> samples = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      samples.add(new SpikeSample(label, -1, times[i], units));
    }
    return samples;
  }

  /** A spike time in {@code [0, duration)} for a scaled coordinate {@code u} in {@code [0, 1)}. */
  private float time(double u) {
    double duration = config.duration();
    double t =
        config.steps() > 0
            ? Math.floor(u * config.steps()) * (duration / config.steps())
            : u * duration;
    float f = (float) t;
    // Rounding to float may land on the duration itself, which binning would drop.
    return f < duration ? f : Math.nextDown((float) duration);
  }

  private static void shuffle(List<SpikeSample> samples, SplittableRandom random) {
    for (int i = samples.size() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      SpikeSample tmp = samples.get(i);
      samples.set(i, samples.get(j));
      samples.set(j, tmp);
    }
  }
}
