package org.rewire.api;

/**
 * Range checks for config records. Each returns its argument so a compact constructor can write
 * {@code rows = Require.positive("rows", rows);} and throws {@link InvalidConfigException} naming
 * the field.
 */
public final class Require {
  private Require() {}

  /** Returns {@code value} if it is not null, else {@code fallback}: a field's default. */
  public static <T> T orDefault(T value, T fallback) {
    return value != null ? value : fallback;
  }

  /** {@code value > 0}. */
  public static int positive(String field, int value) {
    if (value <= 0) {
      throw new InvalidConfigException(field, "must be > 0, got " + value);
    }
    return value;
  }

  /** {@code value > 0} and finite. */
  public static double positive(String field, double value) {
    if (!(value > 0) || Double.isInfinite(value)) {
      throw new InvalidConfigException(field, "must be a finite number > 0, got " + value);
    }
    return value;
  }

  /** {@code value >= 0}. */
  public static int nonNegative(String field, int value) {
    if (value < 0) {
      throw new InvalidConfigException(field, "must be >= 0, got " + value);
    }
    return value;
  }

  /** {@code value >= 0} and finite. */
  public static double nonNegative(String field, double value) {
    if (!(value >= 0) || Double.isInfinite(value)) {
      throw new InvalidConfigException(field, "must be a finite number >= 0, got " + value);
    }
    return value;
  }

  /** {@code min <= value <= max}. */
  public static int inRange(String field, int value, int min, int max) {
    if (value < min || value > max) {
      throw new InvalidConfigException(
          field, "must be between " + min + " and " + max + ", got " + value);
    }
    return value;
  }

  /** {@code min <= value <= max}, not NaN. */
  public static double inRange(String field, double value, double min, double max) {
    if (!(value >= min && value <= max)) {
      throw new InvalidConfigException(
          field, "must be between " + min + " and " + max + ", got " + value);
    }
    return value;
  }

  /** A non-blank string. */
  public static String nonBlank(String field, String value) {
    if (value == null || value.isBlank()) {
      throw new InvalidConfigException(field, "must not be empty");
    }
    return value;
  }
}
