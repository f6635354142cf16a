package org.rewire.runtime.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.rewire.api.SampleSource;
import org.rewire.api.SpikeSample;
import org.rewire.runtime.config.InputConfig;
import org.rewire.runtime.config.InputConfig.Reduction;
import org.rewire.runtime.engine.BinnedSample;

class BinnedSplitTest {
  /** Random samples: 20 channels, labels 0-3, groups 0-4 (speakers). */
  static SampleSource randomSource(int size, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<SpikeSample> samples = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      int spikes = random.nextInt(50);
      float[] times = new float[spikes];
      int[] units = new int[spikes];
      for (int k = 0; k < spikes; k++) {
        times[k] = (float) random.nextDouble(1.2);
        units[k] = random.nextInt(20);
      }
      samples.add(new SpikeSample(i % 4, i % 5, times, units));
    }
    return new ListSource(samples);
  }

  private static final InputConfig AUGMENTED =
      new InputConfig(10, 1.0, null, 6, Reduction.STRIDE, true, true);

  @Test
  void binsEverySampleOnceForEveryVariantWhateverTheThreadCount() {
    SampleSource source = randomSource(200, 3);
    Binner binner = new Binner(AUGMENTED, 20);

    BinnedSplit one = BinnedSplit.bin(source, binner, 1);
    BinnedSplit two = BinnedSplit.bin(source, binner, 2);

    assertThat(one.size()).isEqualTo(200);
    assertThat(one.variants()).isEqualTo(4);
    assertThat(one.steps()).isEqualTo(10);
    assertThat(one.inputs()).isEqualTo(6);
    for (int v = 0; v < 4; v++) {
      for (int i = 0; i < 200; i++) {
        BinnedSample a = one.sample(v, i);
        BinnedSample b = two.sample(v, i);
        assertThat(a.stepStart()).isEqualTo(b.stepStart());
        assertThat(a.channels()).isEqualTo(b.channels());
        assertThat(a.counts()).isEqualTo(b.counts());
        assertThat(a.channels()).isEqualTo(binner.bin(source.get(i), v).channels());
      }
    }
    assertThat(one.events()).isEqualTo(two.events());
  }

  @Test
  void augmentedTrainingVisitsEveryVariantOfEverySample() {
    SampleSource source = randomSource(30, 4);
    BinnedSplit split = BinnedSplit.bin(source, new Binner(AUGMENTED, 20), 2);

    assertThat(split.augmentedSize()).isEqualTo(120);
    assertThat(split.augmented(0)).isSameAs(split.sample(0, 0));
    assertThat(split.augmented(31)).isSameAs(split.sample(1, 1));
    assertThat(split.augmented(119)).isSameAs(split.sample(3, 29));
    assertThat(split.label(7))
        .isEqualTo(source.get(7).label())
        .isEqualTo(split.augmented(37).label());
  }

  @Test
  void theStrideVariantsTogetherHoldEverySpikeInTheDuration() {
    SampleSource source = randomSource(20, 5);
    BinnedSplit split =
        BinnedSplit.bin(
            source,
            new Binner(new InputConfig(1000, 1.2, null, 5, Reduction.STRIDE, true, true), 20),
            2);

    for (int i = 0; i < 20; i++) {
      float total = 0;
      for (int v = 0; v < split.variants(); v++) {
        for (float c : split.sample(v, i).counts()) {
          total += c;
        }
      }
      assertThat(total).isEqualTo(source.get(i).size());
    }
  }
}
