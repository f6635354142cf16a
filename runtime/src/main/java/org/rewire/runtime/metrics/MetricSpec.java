package org.rewire.runtime.metrics;

import java.util.Objects;

/**
 * What a metric, or every member of a family, holds: its type, unit and meaning.
 *
 * @param type what kind of value it is
 * @param unit the unit, such as {@code devices}; empty for pure numbers (fractions, flags, labels)
 * @param meaning one sentence on what it measures, as the README's table gives it (plain text, no
 *     angle brackets)
 */
public record MetricSpec(MetricType type, String unit, String meaning) {
  public MetricSpec {
    Objects.requireNonNull(type);
    Objects.requireNonNull(unit);
    Objects.requireNonNull(meaning);
  }
}
