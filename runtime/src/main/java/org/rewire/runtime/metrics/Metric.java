package org.rewire.runtime.metrics;

import java.math.BigInteger;

/**
 * A named, typed metric: a column of {@code metrics.csv}, a field of {@code summary.json}, a column
 * of a sweep's {@code results.csv}. Values are put into and read from a {@link MetricsRow} through
 * it, as its {@link MetricType}'s Java type {@code T}; nothing reads a metric by a bare string key.
 * The runtime's own metrics are constants of {@link EpochMetrics} and {@link RunMetrics}; a {@link
 * MetricFamily} makes the ones named at run time.
 *
 * @param <T> the Java type of the values: {@code Long}, {@code Double}, {@code Boolean} or {@code
 *     String}, fixed by {@link #type()}
 */
public final class Metric<T> implements MetricEntry {
  private final String name;
  private final MetricSpec spec;

  private Metric(String name, MetricSpec spec) {
    if (name.isEmpty() || name.contains(",") || name.contains("\"") || name.contains("\n")) {
      throw new IllegalArgumentException("not a metric name: '" + name + "'");
    }
    this.name = name;
    this.spec = spec;
  }

  private Metric(String name, MetricType type, String unit, String meaning) {
    this(name, new MetricSpec(type, unit, meaning));
  }

  /** A whole number of {@code unit}, 0 or more. */
  public static Metric<Long> count(String name, String unit, String meaning) {
    return new Metric<>(name, MetricType.COUNT, unit, meaning);
  }

  /** A share in [0, 1]. */
  public static Metric<Double> fraction(String name, String meaning) {
    return new Metric<>(name, MetricType.FRACTION, "", meaning);
  }

  /** A real number in {@code unit} (empty when it has none). */
  public static Metric<Double> real(String name, String unit, String meaning) {
    return new Metric<>(name, MetricType.FLOAT, unit, meaning);
  }

  /** True or false. */
  public static Metric<Boolean> flag(String name, String meaning) {
    return new Metric<>(name, MetricType.BOOLEAN, "", meaning);
  }

  /** One word out of a fixed set, which {@code meaning} lists. */
  public static Metric<String> label(String name, String meaning) {
    return new Metric<>(name, MetricType.LABEL, "", meaning);
  }

  /** A metric of {@code family}'s type, unit and meaning under another name. */
  static <T> Metric<T> member(String name, MetricFamily<T> family) {
    return new Metric<>(name, family.spec());
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public MetricSpec spec() {
    return spec;
  }

  /**
   * {@code raw} as this metric's value: a value this runtime wrote, or one read back from JSON or a
   * checkpoint (any integer width for a count; NaN and the infinities as JSON writes them, {@code
   * "NaN"}, {@code "Infinity"}, {@code "-Infinity"}, for a real number).
   *
   * @throws IllegalArgumentException naming the metric and its type if {@code raw} is no such value
   */
  @SuppressWarnings("unchecked") // the factories tie T to type().javaType()
  public T value(Object raw) {
    Object value =
        switch (type()) {
          case COUNT -> count(raw);
          case FRACTION, FLOAT -> real(raw);
          case BOOLEAN, LABEL -> type().javaType().isInstance(raw) ? raw : null;
        };
    if (value == null) {
      throw new IllegalArgumentException(
          name + ": expected a " + type().label() + ", got " + describe(raw));
    }
    return (T) value;
  }

  private static Long count(Object raw) {
    if (raw instanceof Long || raw instanceof Integer || raw instanceof Short) {
      return ((Number) raw).longValue();
    }
    if (raw instanceof BigInteger big && big.bitLength() < Long.SIZE) {
      return big.longValue();
    }
    return null;
  }

  private static Double real(Object raw) {
    if (raw instanceof Number n) {
      return n.doubleValue();
    }
    if (raw instanceof String s) {
      return switch (s) {
        case "NaN" -> Double.NaN;
        case "Infinity" -> Double.POSITIVE_INFINITY;
        case "-Infinity" -> Double.NEGATIVE_INFINITY;
        default -> null;
      };
    }
    return null;
  }

  private static String describe(Object raw) {
    return raw instanceof String s ? "'" + s + "'" : String.valueOf(raw);
  }

  /** Metrics are equal when their names are: a name means one thing. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Metric<?> m && m.name.equals(name);
  }

  @Override
  public int hashCode() {
    return name.hashCode();
  }

  @Override
  public String toString() {
    return name;
  }
}
