package org.rewire.runtime.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.rewire.api.InvalidConfigException;
import org.rewire.api.SampleSource;
import org.rewire.api.SpikeSample;

class ValidationSplitTest {
  private static SampleSource source(int size, boolean grouped) {
    List<SpikeSample> samples = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      samples.add(new SpikeSample(i % 4, grouped ? i % 10 : -1, new float[] {i}, new int[] {0}));
    }
    return new ListSource(samples);
  }

  private static List<SpikeSample> all(SampleSource s) {
    List<SpikeSample> out = new ArrayList<>();
    for (int i = 0; i < s.size(); i++) {
      out.add(s.get(i));
    }
    return out;
  }

  @Test
  void withoutGroupsItIsStratifiedByLabelAndKeepsOrder() {
    ValidationSplit split = ValidationSplit.of(source(400, false), 0.25, 1);

    assertThat(split.byGroup()).isFalse();
    assertThat(split.validation().size()).isEqualTo(100);
    assertThat(split.training().size()).isEqualTo(300);
    for (int label = 0; label < 4; label++) {
      int l = label;
      assertThat(all(split.validation()).stream().filter(s -> s.label() == l)).hasSize(25);
    }
    List<Float> times = all(split.training()).stream().map(s -> s.time(0)).toList();
    assertThat(times).isSorted();
    Set<Float> overlap = new TreeSet<>(times);
    overlap.retainAll(all(split.validation()).stream().map(s -> s.time(0)).toList());
    assertThat(overlap).isEmpty();
  }

  @Test
  void withGroupsWholeGroupsAreHeldOut() {
    ValidationSplit split = ValidationSplit.of(source(400, true), 0.2, 1);

    assertThat(split.byGroup()).isTrue();
    assertThat(split.validation().size()).isEqualTo(80);
    Set<Integer> held = new TreeSet<>();
    all(split.validation()).forEach(s -> held.add(s.group()));
    Set<Integer> kept = new TreeSet<>();
    all(split.training()).forEach(s -> kept.add(s.group()));
    assertThat(held).hasSize(2).doesNotContainAnyElementsOf(kept);
  }

  @Test
  void theSameSeedHoldsOutTheSameSamplesAndAnotherSeedOthers() {
    SampleSource source = source(400, false);

    assertThat(all(ValidationSplit.of(source, 0.1, 5).validation()))
        .isEqualTo(all(ValidationSplit.of(source, 0.1, 5).validation()))
        .isNotEqualTo(all(ValidationSplit.of(source, 0.1, 6).validation()));
  }

  @Test
  void aFractionThatHoldsOutNothingIsReported() {
    assertThatThrownBy(() -> ValidationSplit.of(source(4, false), 0.1, 1))
        .isInstanceOf(InvalidConfigException.class)
        .hasMessageContaining("holds out none")
        .extracting(e -> ((InvalidConfigException) e).field())
        .isEqualTo("validation_fraction");
  }
}
