package org.rewire.shd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rewire.api.InvalidConfigException;
import org.rewire.api.SampleSource;
import org.rewire.api.SpikeDataset;
import org.rewire.api.SpikeSample;
import org.rewire.api.Split;

class RandmanDatasetProviderTest {
  private static final TestContext CONTEXT = new TestContext(Path.of("."), Path.of("cache"));

  private static SpikeDataset create(long seed, Integer steps) {
    return new RandmanDatasetProvider()
        .create(new RandmanConfig(20, 3, 40, 10, 1, null, 2, 1.4, steps, seed), CONTEXT);
  }

  private static List<SpikeSample> samples(SpikeDataset data, Split split) {
    SampleSource source = data.split(split);
    List<SpikeSample> out = new ArrayList<>();
    for (int i = 0; i < source.size(); i++) {
      out.add(source.get(i));
    }
    return out;
  }

  @Test
  void theSameSeedGivesTheSameDataAndAnotherSeedOtherData() {
    assertThat(samples(create(7, null), Split.TRAIN))
        .isEqualTo(samples(create(7, null), Split.TRAIN));
    assertThat(samples(create(7, null), Split.TEST))
        .isEqualTo(samples(create(7, null), Split.TEST));
    assertThat(samples(create(8, null), Split.TRAIN))
        .isNotEqualTo(samples(create(7, null), Split.TRAIN));
  }

  @Test
  void everyChannelFiresTheSameNumberOfSpikesWithinTheDuration() {
    SpikeDataset data = create(1, null);

    assertThat(data.channels()).isEqualTo(20);
    assertThat(data.classes()).hasSize(3);
    assertThat(data.split(Split.TRAIN).size()).isEqualTo(3 * 40);
    assertThat(data.split(Split.TEST).size()).isEqualTo(3 * 10);
    for (SpikeSample s : samples(data, Split.TRAIN)) {
      int[] perChannel = new int[20];
      for (int k = 0; k < s.size(); k++) {
        perChannel[s.unit(k)]++;
        assertThat(s.time(k)).isGreaterThanOrEqualTo(0f).isLessThan(1.4f);
      }
      assertThat(perChannel).containsOnly(2);
    }
  }

  @Test
  void classesAreBalancedAndShuffled() {
    List<Integer> labels =
        samples(create(1, null), Split.TRAIN).stream().map(SpikeSample::label).toList();

    for (int k = 0; k < 3; k++) {
      int label = k;
      assertThat(labels.stream().filter(l -> l == label).count()).isEqualTo(40);
    }
    assertThat(labels.subList(0, 40))
        .isNotEqualTo(List.copyOf(java.util.Collections.nCopies(40, labels.get(0))));
  }

  @Test
  void stepsRoundTimesDownToWholeSteps() {
    double width = 1.4 / 10;
    for (SpikeSample s : samples(create(1, 10), Split.TRAIN)) {
      for (int k = 0; k < s.size(); k++) {
        double steps = s.time(k) / width;
        assertThat(Math.abs(steps - Math.rint(steps))).isLessThan(1e-4);
      }
    }
  }

  @Test
  void spikeTimingSeparatesTheClasses() {
    // One nearest neighbour on spike-time vectors: far above chance (1/3) on the test split, so
    // each class has its own manifold and train and test are drawn from the same ones.
    SpikeDataset data = create(3, null);
    List<SpikeSample> train = samples(data, Split.TRAIN);
    List<SpikeSample> test = samples(data, Split.TEST);
    int correct = 0;
    for (SpikeSample s : test) {
      SpikeSample nearest = train.get(0);
      for (SpikeSample t : train) {
        if (distance(s, t) < distance(s, nearest)) {
          nearest = t;
        }
      }
      correct += nearest.label() == s.label() ? 1 : 0;
    }
    assertThat(correct / (double) test.size()).isGreaterThan(0.9);
  }

  /** Squared distance of spike times; both samples list spikes in the same channel order. */
  private static double distance(SpikeSample a, SpikeSample b) {
    double d = 0;
    for (int k = 0; k < a.size(); k++) {
      double diff = a.time(k) - b.time(k);
      d += diff * diff;
    }
    return d;
  }

  @Test
  void theCutoffFollowsTheReference() {
    // ceil(1e-3^(-1/alpha)): 32 components for the default alpha 2, capped at 1000.
    assertThat(RandomManifold.cutoff(2.0)).isEqualTo(32);
    assertThat(RandomManifold.cutoff(1.0)).isEqualTo(1000);
    assertThat(RandomManifold.cutoff(0.5)).isEqualTo(1000);
  }

  @Test
  void defaultsFollowTheReferenceAndLimitsAreChecked() {
    RandmanConfig defaults =
        new RandmanConfig(null, null, null, null, null, null, null, null, null, null);
    assertThat(defaults.channels()).isEqualTo(100);
    assertThat(defaults.classes()).isEqualTo(10);
    assertThat(defaults.samples()).isEqualTo(1000);
    assertThat(defaults.testSamples()).isEqualTo(200);
    assertThat(defaults.dimManifold()).isEqualTo(2);
    assertThat(defaults.alpha()).isEqualTo(2.0);
    assertThat(defaults.seed()).isZero();
    assertThatThrownBy(
            () -> new RandmanConfig(0, null, null, null, null, null, null, null, null, null))
        .extracting(e -> ((InvalidConfigException) e).field())
        .isEqualTo("channels");
    assertThatThrownBy(
            () ->
                new RandmanConfig(1 << 20, 1000, 1 << 20, null, null, null, null, null, null, null))
        .extracting(e -> ((InvalidConfigException) e).field())
        .isEqualTo("samples");
  }

  @Test
  void zeroTestSamplesMeansNoTestSplit() {
    SpikeDataset data =
        new RandmanDatasetProvider()
            .create(new RandmanConfig(5, 2, 4, 0, 1, null, 1, null, null, null), CONTEXT);

    assertThat(data.splits()).containsExactly(Split.TRAIN);
  }
}
