package org.rewire.runtime.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Rows read back from a file or checkpoint hold each value as its metric's type. */
class MetricsRowTest {

  @Test
  void aRowReadBackHoldsEachValueAsItsMetricsTypeInColumnOrder() {
    Map<String, Object> raw = new LinkedHashMap<>();
    raw.put("epoch", 3); // JSON reads small counts as Integer
    raw.put("train_loss", "NaN"); // and NaN as the string Jackson writes
    raw.put("memory", 461264);
    raw.put("memory_NT", 68000L);
    raw.put("mappable", true);
    raw.put("sparsifier_pruned", 4); // a report that happened to be whole
    raw.put("test_rate", null); // an empty cell: not held

    MetricsRow row = MetricsRow.of(raw);

    assertThat(row.get(EpochMetrics.EPOCH)).isEqualTo(3L);
    assertThat(row.get(EpochMetrics.TRAIN.loss())).isNaN();
    assertThat(row.get(EpochMetrics.MEMORY)).isEqualTo(461264L);
    assertThat(row.members(EpochMetrics.MEMORY_BY_KIND)).containsExactly(Map.entry("NT", 68000L));
    assertThat(row.get(EpochMetrics.SPARSIFIER.of("pruned"))).isEqualTo(4.0);
    assertThat(row.find(EpochMetrics.TEST.rate())).isEmpty();
    assertThat(row.asMap().keySet())
        .containsExactly(
            "epoch", "train_loss", "memory", "memory_NT", "mappable", "sparsifier_pruned");
    assertThat(row.asMap().values())
        .extracting(v -> v.getClass().getSimpleName())
        .containsExactly("Long", "Double", "Long", "Long", "Boolean", "Double");
  }

  @Test
  void aValueOfTheWrongTypeOrAnUnknownColumnIsRefusedByName() {
    assertThatThrownBy(() -> MetricsRow.of(Map.of("synapses", 1.5)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("synapses: expected a count, got 1.5");
    assertThatThrownBy(() -> MetricsRow.of(Map.of("mappable", "yes")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("mappable: expected a boolean, got 'yes'");
    assertThatThrownBy(() -> MetricsRow.of(Map.of("note", "x")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown metric note");
  }

  @Test
  void aMissingMetricIsNamedWithTheColumnsTheRowHas() {
    MetricsRow row = new MetricsRow().put(EpochMetrics.EPOCH, 1L);
    assertThat(row.has(EpochMetrics.EPOCH)).isTrue();
    assertThatThrownBy(() -> row.get(EpochMetrics.MEMORY))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("a metrics row without memory: [epoch]");
  }

  @Test
  void rowsAreEqualWhenTheyHoldTheSameValuesInTheSameOrder() {
    MetricsRow a = new MetricsRow().put(EpochMetrics.EPOCH, 1L).put(EpochMetrics.STEP, 4L);
    MetricsRow b = new MetricsRow().put(EpochMetrics.STEP, 4L).put(EpochMetrics.EPOCH, 1L);
    assertThat(a).isEqualTo(a.copy()).isNotEqualTo(b);
    assertThat(List.of(a.copy().put(EpochMetrics.STEP, 5L))).doesNotContain(a);
  }
}
