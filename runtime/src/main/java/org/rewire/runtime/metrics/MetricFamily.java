package org.rewire.runtime.metrics;

import java.util.Objects;
import java.util.Optional;

/**
 * Metrics whose names are known only at run time, all of one type, unit and meaning: a fixed prefix
 * and a key, such as {@code memory_NT} (prefix {@code memory_}, the target's element kind {@code
 * NT}) or {@code sparsifier_pruned} (what a sparsifier reported through {@code
 * RewiringContext.report}). {@link #of} makes the member for a key, typed like every other metric.
 *
 * @param <T> the Java type of the members' values, fixed by {@link #type()}
 */
public final class MetricFamily<T> implements MetricEntry {
  private final String prefix;
  private final String placeholder;
  private final MetricSpec spec;
  private final String groupName;

  private MetricFamily(String prefix, String placeholder, MetricSpec spec, String groupName) {
    this.prefix = Objects.requireNonNull(prefix);
    this.placeholder = Objects.requireNonNull(placeholder);
    this.spec = spec;
    this.groupName = groupName;
  }

  /** Counts of {@code unit} named {@code prefix + key}. */
  public static MetricFamily<Long> counts(
      String prefix, String placeholder, String unit, String meaning) {
    return new MetricFamily<>(
        prefix, placeholder, new MetricSpec(MetricType.COUNT, unit, meaning), null);
  }

  /** Real numbers named {@code prefix + key}. */
  public static MetricFamily<Double> reals(
      String prefix, String placeholder, String unit, String meaning) {
    return new MetricFamily<>(
        prefix, placeholder, new MetricSpec(MetricType.FLOAT, unit, meaning), null);
  }

  /**
   * This family, written as one object named {@code groupName} (key to value) where a file groups
   * it, as {@code summary.json} does {@code memory_by_kind}.
   */
  public MetricFamily<T> groupedAs(String groupName) {
    return new MetricFamily<>(prefix, placeholder, spec, groupName);
  }

  /**
   * The member for {@code key}, named {@code prefix + key}.
   *
   * @throws IllegalArgumentException if {@code key} is empty or the name could not be a column (a
   *     comma, quote or line break in it)
   */
  public Metric<T> of(String key) {
    if (key.isEmpty()) {
      throw new IllegalArgumentException("an empty key for " + name());
    }
    return Metric.member(prefix + key, this);
  }

  /** The member named {@code name}, if the name has this family's prefix and a key after it. */
  public Optional<Metric<T>> match(String name) {
    return name.startsWith(prefix) && name.length() > prefix.length()
        ? Optional.of(Metric.member(name, this))
        : Optional.empty();
  }

  /** The key of a member: its name without the prefix. */
  public String key(Metric<T> member) {
    if (match(member.name()).isEmpty()) {
      throw new IllegalArgumentException(member + " is not a " + name());
    }
    return member.name().substring(prefix.length());
  }

  /** The name of the object a file groups this family into, if one does. */
  public Optional<String> groupName() {
    return Optional.ofNullable(groupName);
  }

  /** The pattern: prefix and placeholder, such as {@code memory_<kind>}. */
  @Override
  public String name() {
    return prefix + "<" + placeholder + ">";
  }

  @Override
  public MetricSpec spec() {
    return spec;
  }

  @Override
  public String toString() {
    return name();
  }
}
