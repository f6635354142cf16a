package org.rewire.api;

/**
 * Range checks for config records. A null value fails as missing. Each returns its argument so a
 * compact constructor can write {@code rows = Require.positive("rows", rows);} and throws {@link
 * InvalidConfigException} naming the field.
 */
public final class Require {
  private Require() {}

  /** Returns {@code value} if it is not null, else {@code fallback}: a field's default. */
  public static <T> T orDefault(T value, T fallback) {
    return value != null ? value : fallback;
  }

  /** {@code value > 0}. */
  public static Integer positive(String field, Integer value) {
    present(field, value);
    if (value <= 0) {
      throw new InvalidConfigException(field, "must be > 0, got " + value);
    }
    return value;
  }

  /** {@code value > 0} and finite. */
  public static Double positive(String field, Double value) {
    present(field, value);
    if (!(value > 0) || Double.isInfinite(value)) {
      throw new InvalidConfigException(field, "must be a finite number > 0, got " + value);
    }
    return value;
  }

  /** {@code value >= 0}. */
  public static Integer nonNegative(String field, Integer value) {
    present(field, value);
    if (value < 0) {
      throw new InvalidConfigException(field, "must be >= 0, got " + value);
    }
    return value;
  }

  /** {@code value >= 0} and finite. */
  public static Double nonNegative(String field, Double value) {
    present(field, value);
    if (!(value >= 0) || Double.isInfinite(value)) {
      throw new InvalidConfigException(field, "must be a finite number >= 0, got " + value);
    }
    return value;
  }

  /** {@code min <= value <= max}. */
  public static Integer inRange(String field, Integer value, int min, int max) {
    present(field, value);
    if (value < min || value > max) {
      throw new InvalidConfigException(
          field, "must be between " + min + " and " + max + ", got " + value);
    }
    return value;
  }

  /** {@code min <= value <= max}, not NaN. */
  public static Double inRange(String field, Double value, double min, double max) {
    present(field, value);
    if (!(value >= min && value <= max)) {
      throw new InvalidConfigException(
          field, "must be between " + min + " and " + max + ", got " + value);
    }
    return value;
  }

  /**
   * Fails unless {@code value} is present: for required fields written as {@code key: null}, and
   * for checks on fields without a default.
   */
  public static <T> T present(String field, T value) {
    if (value == null) {
      throw new InvalidConfigException(field, "is required; got null");
    }
    return value;
  }

  /** A non-blank string: a missing one is required, an empty or blank one must not be empty. */
  public static String nonBlank(String field, String value) {
    if (value == null) {
      throw new InvalidConfigException(field, "is required");
    }
    if (value.isBlank()) {
      throw new InvalidConfigException(field, "must not be empty");
    }
    return value;
  }
}
