package org.rewire.runtime.metrics;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of metrics, such as an epoch's: values put and read through their {@link Metric}, each
 * held as its type's Java type, in the order they were first put (the column order of the files
 * written from it). Not thread-safe.
 */
public final class MetricsRow {
  private final Map<String, Object> values = new LinkedHashMap<>();

  /** An empty row. */
  public MetricsRow() {}

  /**
   * The row a file or checkpoint held, column name to value: every name resolved through the {@link
   * MetricsSchema} and every value converted to its metric's type; null values are left out.
   *
   * @throws IllegalArgumentException naming the column if a name is not in the schema or a value
   *     does not fit its metric's type
   */
  public static MetricsRow of(Map<String, ?> raw) {
    MetricsRow row = new MetricsRow();
    raw.forEach(
        (name, value) -> {
          Metric<?> metric =
              MetricsSchema.resolve(name)
                  .orElseThrow(() -> new IllegalArgumentException("unknown metric " + name));
          if (value != null) {
            row.values.put(name, metric.value(value));
          }
        });
    return row;
  }

  /**
   * Sets {@code metric} to {@code value}; a metric already in the row keeps its place.
   *
   * @return this row
   */
  public <T> MetricsRow put(Metric<T> metric, T value) {
    values.put(metric.name(), metric.value(Objects.requireNonNull(value, metric.name())));
    return this;
  }

  /** The value of {@code metric}, empty when the row does not hold it. */
  @SuppressWarnings("unchecked") // put and of store values of the metric's own type
  public <T> Optional<T> find(Metric<T> metric) {
    return Optional.ofNullable((T) values.get(metric.name()));
  }

  /**
   * The value of {@code metric}.
   *
   * @throws IllegalStateException if the row does not hold it
   */
  public <T> T get(Metric<T> metric) {
    return find(metric)
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "a metrics row without " + metric + ": " + values.keySet()));
  }

  /** Whether the row holds {@code metric}. */
  public boolean has(Metric<?> metric) {
    return values.containsKey(metric.name());
  }

  /** The members of {@code family} the row holds, by key, in column order. */
  public <T> Map<String, T> members(MetricFamily<T> family) {
    Map<String, T> members = new LinkedHashMap<>();
    for (String name : values.keySet()) {
      family.match(name).ifPresent(m -> members.put(family.key(m), find(m).orElseThrow()));
    }
    return members;
  }

  /** Column name to value in column order, for writers; a read-only view. */
  public Map<String, Object> asMap() {
    return Collections.unmodifiableMap(values);
  }

  /** A copy that changes independently of this row. */
  public MetricsRow copy() {
    MetricsRow copy = new MetricsRow();
    copy.values.putAll(values);
    return copy;
  }

  /** Rows are equal when they hold the same values in the same column order. */
  @Override
  public boolean equals(Object o) {
    return o instanceof MetricsRow r
        && List.copyOf(values.entrySet()).equals(List.copyOf(r.values.entrySet()));
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  @Override
  public String toString() {
    return values.toString();
  }
}
