package org.rewire.runtime.metrics;

/**
 * One line of the metrics schema: a single {@link Metric}, or a {@link MetricFamily} of metrics
 * whose names are known only at run time ({@code memory_<kind>}, {@code sparsifier_<name>}).
 */
public sealed interface MetricEntry permits Metric, MetricFamily {
  /** The column name, or for a family its pattern such as {@code memory_<kind>}. */
  String name();

  /** Its type, unit and meaning. */
  MetricSpec spec();

  /** What kind of value it holds. */
  default MetricType type() {
    return spec().type();
  }

  /** The unit, such as {@code devices}; empty for pure numbers (fractions, flags, labels). */
  default String unit() {
    return spec().unit();
  }

  /** One sentence on what it measures, as the README's table gives it. */
  default String meaning() {
    return spec().meaning();
  }
}
