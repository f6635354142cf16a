package org.rewire.runtime.metrics;

/**
 * What kind of value a {@link Metric} holds, and the one Java type that carries it in a {@link
 * MetricsRow}: counts are {@code Long}, fractions and floats {@code Double}, flags {@code Boolean},
 * labels {@code String}. A value read back from a file is converted to that type, so a metric reads
 * the same whether it comes from this run, a checkpoint or {@code metrics.json}.
 */
public enum MetricType {
  /** A whole number, 0 or more (epochs, steps, synapses, memory devices). */
  COUNT(Long.class),
  /** A share in [0, 1] (accuracy). */
  FRACTION(Double.class),
  /** A real number; NaN or infinite when training diverged (loss, rate, a sparsifier's figure). */
  FLOAT(Double.class),
  /** True or false. */
  BOOLEAN(Boolean.class),
  /** One word out of a fixed set (how an epoch was selected). */
  LABEL(String.class);

  private final Class<?> javaType;

  MetricType(Class<?> javaType) {
    this.javaType = javaType;
  }

  /** The Java type of this kind's values. */
  public Class<?> javaType() {
    return javaType;
  }

  /** The name the README's table uses: {@code count}, {@code fraction}, ... */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
