package org.rewire.runtime.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rewire.api.InvalidConfigException;
import org.rewire.api.SampleSource;
import org.rewire.api.SpikeDataset;
import org.rewire.api.Split;
import org.rewire.runtime.config.InputConfig;
import org.rewire.runtime.config.InputConfig.Reduction;
import org.rewire.runtime.config.TrainingConfig;

class BinnedDatasetTest {
  private static SpikeDataset dataset(Map<Split, SampleSource> splits) {
    return new SpikeDataset() {
      @Override
      public int channels() {
        return 20;
      }

      @Override
      public List<String> classes() {
        return List.of("a", "b", "c", "d");
      }

      @Override
      public Set<Split> splits() {
        return splits.keySet();
      }

      @Override
      public SampleSource split(Split split) {
        return splits.get(split);
      }
    };
  }

  private static final InputConfig INPUT =
      new InputConfig(20, 1.2, null, 5, Reduction.STRIDE, false, true);

  @Test
  void holdsOutValidationFromTrainAndBinsEverySplit() {
    Map<Split, SampleSource> splits = new EnumMap<>(Split.class);
    splits.put(Split.TRAIN, BinnedSplitTest.randomSource(100, 1));
    splits.put(Split.TEST, BinnedSplitTest.randomSource(30, 2));

    BinnedDataset data =
        BinnedDataset.prepare(
            dataset(splits),
            INPUT,
            new TrainingConfig(null, null, null, null, 0.2, 3L, null, null, null, null, null, null),
            2);

    assertThat(data.classes()).containsExactly("a", "b", "c", "d");
    assertThat(data.inputs()).isEqualTo(5);
    assertThat(data.steps()).isEqualTo(20);
    assertThat(data.heldOutByGroup()).isTrue();
    assertThat(data.train().size() + data.validation().orElseThrow().size()).isEqualTo(100);
    assertThat(data.validation().orElseThrow().size()).isEqualTo(20);
    assertThat(data.test().orElseThrow().size()).isEqualTo(30);
    assertThat(data.train().variants()).isEqualTo(4);
    assertThat(data.test().orElseThrow().variants()).isEqualTo(4);
  }

  @Test
  void aDatasetsOwnValidationSplitIsUsedAndNotSplitAgain() {
    Map<Split, SampleSource> splits = new EnumMap<>(Split.class);
    splits.put(Split.TRAIN, BinnedSplitTest.randomSource(10, 1));
    splits.put(Split.VALIDATION, BinnedSplitTest.randomSource(7, 2));

    BinnedDataset data =
        BinnedDataset.prepare(
            dataset(splits), INPUT, new TrainingConfig(null, null, null, null), 1);

    assertThat(data.validation().orElseThrow().size()).isEqualTo(7);
    assertThat(data.test()).isEmpty();
    assertThatThrownBy(
            () ->
                BinnedDataset.prepare(
                    dataset(splits),
                    INPUT,
                    new TrainingConfig(
                        null, null, null, null, 0.1, null, null, null, null, null, null, null),
                    1))
        .isInstanceOf(InvalidConfigException.class)
        .extracting(e -> ((InvalidConfigException) e).field())
        .isEqualTo("validation_fraction");
  }
}
