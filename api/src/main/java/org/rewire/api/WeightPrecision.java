package org.rewire.api;

/**
 * How a chip stores one kind of weight: as an integer of {@code bits} bits in {@code [min, max]},
 * scaled as the chip defines (one scale per weight matrix unless its documentation says otherwise).
 * A kind a chip does not state is stored as a float (no quantization).
 *
 * @param bits bits per weight, 1 to 32
 * @param min the least integer value, for example -128 for 8-bit signed
 * @param max the largest integer value, for example 127 for 8-bit signed; {@code min <= max}, both
 *     representable in {@code bits} bits
 * @since api 0.2.0
 */
public record WeightPrecision(int bits, long min, long max) {
  /**
   * @throws IllegalArgumentException if bits is outside 1-32 or the range is empty or does not fit
   */
  public WeightPrecision {
    if (bits < 1 || bits > 32) {
      throw new IllegalArgumentException("bits must be 1-32, got " + bits);
    }
    long span = 1L << bits;
    if (min > max || max - min >= span || min < -(span / 2) || max >= span) {
      throw new IllegalArgumentException(
          "range [" + min + ", " + max + "] does not fit " + bits + " bits");
    }
  }

  /** Two's complement: {@code [-2^(bits-1), 2^(bits-1) - 1]}, e.g. 8 bits: -128 to 127. */
  public static WeightPrecision signed(int bits) {
    if (bits < 1 || bits > 32) {
      throw new IllegalArgumentException("bits must be 1-32, got " + bits);
    }
    long half = 1L << (bits - 1);
    return new WeightPrecision(bits, -half, half - 1);
  }

  /** {@code [0, 2^bits - 1]}. */
  public static WeightPrecision unsigned(int bits) {
    if (bits < 1 || bits > 32) {
      throw new IllegalArgumentException("bits must be 1-32, got " + bits);
    }
    return new WeightPrecision(bits, 0, (1L << bits) - 1);
  }

  /** Whether negative values are representable. */
  public boolean isSigned() {
    return min < 0;
  }
}
