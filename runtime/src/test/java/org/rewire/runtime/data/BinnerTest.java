package org.rewire.runtime.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.rewire.api.SpikeSample;
import org.rewire.runtime.config.InputConfig;
import org.rewire.runtime.config.InputConfig.Reduction;
import org.rewire.runtime.engine.BinnedSample;

class BinnerTest {
  private static InputConfig input(
      int steps, double duration, int channels, Reduction reduce, boolean counts, boolean augment) {
    return new InputConfig(steps, duration, null, channels, reduce, counts, augment);
  }

  private static SpikeSample sample(float[] times, int[] units) {
    return new SpikeSample(2, -1, times, units);
  }

  /** (step, input, count) triples in event order. */
  private static String events(BinnedSample s) {
    StringBuilder b = new StringBuilder();
    for (int t = 0; t < s.steps(); t++) {
      for (int k = s.stepStart()[t]; k < s.stepStart()[t + 1]; k++) {
        b.append(t)
            .append(':')
            .append(s.channels()[k])
            .append('x')
            .append((int) s.counts()[k])
            .append(' ');
      }
    }
    return b.toString().strip();
  }

  @Test
  void binsTimesIntoStepsAndDropsSpikesAtOrAfterTheDuration() {
    Binner binner = new Binner(input(10, 1.0, 0, Reduction.STRIDE, false, false), 4);
    SpikeSample s =
        sample(
            new float[] {0.95f, 0.0f, 0.05f, 0.10f, 1.0f, 2.5f, 0.999999f, 0.31f},
            new int[] {3, 1, 2, 0, 1, 1, 0, 3});

    BinnedSample b = binner.bin(s, 0);

    assertThat(b.label()).isEqualTo(2);
    assertThat(b.steps()).isEqualTo(10);
    assertThat(events(b)).isEqualTo("0:1x1 0:2x1 1:0x1 3:3x1 9:0x1 9:3x1");
    assertThat(b.stepStart()).hasSize(11);
  }

  @Test
  void binaryBinsMergeRepeatsAndCountBinsCountThem() {
    SpikeSample s = sample(new float[] {0.01f, 0.02f, 0.03f, 0.5f}, new int[] {1, 1, 1, 1});

    assertThat(events(new Binner(input(2, 1.0, 0, Reduction.STRIDE, false, false), 2).bin(s, 0)))
        .isEqualTo("0:1x1 1:1x1");
    assertThat(events(new Binner(input(2, 1.0, 0, Reduction.STRIDE, true, false), 2).bin(s, 0)))
        .isEqualTo("0:1x3 1:1x1");
  }

  @Test
  void strideKeepsEveryKthChannelAndAugmentationOffersEachOffset() {
    // 10 channels to 4 inputs: k = ceil(10 / 4) = 3; variant v keeps channels v, v+3, v+6, v+9.
    Binner binner = new Binner(input(1, 1.0, 4, Reduction.STRIDE, false, true), 10);
    float[] times = new float[10];
    int[] units = new int[10];
    for (int i = 0; i < 10; i++) {
      units[i] = i;
    }
    SpikeSample s = sample(times, units);

    assertThat(binner.variants()).isEqualTo(3);
    assertThat(binner.inputs()).isEqualTo(4);
    assertThat(events(binner.bin(s, 0))).isEqualTo("0:0x1 0:1x1 0:2x1 0:3x1");
    assertThat(events(binner.bin(s, 1))).isEqualTo("0:0x1 0:1x1 0:2x1");
    assertThat(events(binner.bin(s, 2))).isEqualTo("0:0x1 0:1x1 0:2x1");
    assertThat(new Binner(input(1, 1.0, 4, Reduction.STRIDE, false, false), 10).variants())
        .isEqualTo(1);
    assertThatThrownBy(() -> binner.bin(s, 3)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void strideMatchesThePaperFor700ChannelsTo128Inputs() {
    Binner binner = new Binner(input(100, 1.4, 128, Reduction.STRIDE, false, true), 700);
    SpikeSample s = sample(new float[] {0.5f, 0.5f, 0.5f}, new int[] {0, 6, 697});

    assertThat(binner.variants()).isEqualTo(6);
    assertThat(events(binner.bin(s, 0))).isEqualTo("35:0x1 35:1x1");
    assertThat(events(binner.bin(s, 1))).isEqualTo("35:116x1");
  }

  @Test
  void poolSumsNeighbouringChannelsOverEveryInput() {
    // 10 channels to 4 inputs: floor(i * 4 / 10) = 0,0,0,1,1,2,2,2,3,3.
    Binner binner = new Binner(input(1, 1.0, 4, Reduction.POOL, true, false), 10);
    float[] times = new float[10];
    int[] units = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};

    assertThat(events(binner.bin(sample(times, units), 0))).isEqualTo("0:0x3 0:1x2 0:2x3 0:3x2");
  }

  @Test
  void moreInputsThanChannelsKeepsChannelsAsTheyAre() {
    Binner binner = new Binner(input(1, 1.0, 16, Reduction.POOL, false, false), 10);

    assertThat(binner.inputs()).isEqualTo(16);
    assertThat(events(binner.bin(sample(new float[] {0}, new int[] {9}), 0))).isEqualTo("0:9x1");
  }

  @Test
  void aUnitOutsideTheDatasetChannelsIsRefused() {
    Binner binner = new Binner(InputConfig.defaults(), 10);

    assertThatThrownBy(() -> binner.bin(sample(new float[] {0}, new int[] {10}), 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unit 10 outside [0, 10)");
  }
}
