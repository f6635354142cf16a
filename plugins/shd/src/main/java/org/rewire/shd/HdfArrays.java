package org.rewire.shd;

import java.math.BigInteger;

/**
 * Converts the arrays jHDF returns for numeric datasets into {@code float[]} and {@code int[]}.
 * jHDF widens by type: float16 and float32 come back as {@code float[]} (float16 already converted,
 * so arithmetic is safe), float64 as {@code double[]}, integers as the smallest Java type that
 * holds them ({@code byte[]}, {@code short[]}, {@code int[]}, {@code long[]}, or {@code
 * BigInteger[]} for uint64). Anything else is not a numeric array and gives null, so the caller can
 * name the field in its error. Arrays already of the wanted type are returned as they are.
 */
final class HdfArrays {
  private HdfArrays() {}

  /** The values as floats, or null if {@code data} is not a floating-point array. */
  static float[] floats(Object data) {
    if (data instanceof float[] f) {
      return f;
    }
    if (data instanceof double[] d) {
      float[] out = new float[d.length];
      for (int i = 0; i < d.length; i++) {
        // A double beyond float range becomes infinite, which the time check rejects.
        out[i] = (float) d[i];
      }
      return out;
    }
    return null;
  }

  /**
   * Refuses a value outside the range asked of {@link #ints}. Called with the first such value
   * only, exactly as the file holds it (not clamped or wrapped), so the message can show it.
   */
  @FunctionalInterface
  interface OutOfRange {
    /**
     * @param index the value's position in the array
     * @param value the value as stored
     * @return the exception to throw
     */
    RuntimeException at(int index, BigInteger value);
  }

  /**
   * The values as ints, or null if {@code data} is not an integer array. Every value is checked
   * against {@code [min, max]} in its own width before it is narrowed, so a uint32 or int64 value
   * beyond the int range is refused with its real value rather than wrapped or clamped.
   *
   * @param min smallest value allowed, at least {@code Integer.MIN_VALUE}
   * @param max largest value allowed, at most {@code Integer.MAX_VALUE}
   * @throws RuntimeException from {@code outside} for the first value outside {@code [min, max]}
   */
  static int[] ints(Object data, int min, int max, OutOfRange outside) {
    if (data instanceof int[] v) {
      for (int i = 0; i < v.length; i++) {
        check(v[i], i, min, max, outside);
      }
      return v;
    }
    if (data instanceof short[] v) {
      int[] out = new int[v.length];
      for (int i = 0; i < v.length; i++) {
        out[i] = check(v[i], i, min, max, outside);
      }
      return out;
    }
    if (data instanceof byte[] v) {
      int[] out = new int[v.length];
      for (int i = 0; i < v.length; i++) {
        out[i] = check(v[i], i, min, max, outside);
      }
      return out;
    }
    if (data instanceof long[] v) {
      int[] out = new int[v.length];
      for (int i = 0; i < v.length; i++) {
        out[i] = check(v[i], i, min, max, outside);
      }
      return out;
    }
    if (data instanceof BigInteger[] v) {
      int[] out = new int[v.length];
      for (int i = 0; i < v.length; i++) {
        if (v[i].bitLength() >= Long.SIZE) {
          throw outside.at(i, v[i]);
        }
        out[i] = check(v[i].longValue(), i, min, max, outside);
      }
      return out;
    }
    return null;
  }

  private static int check(long value, int index, int min, int max, OutOfRange outside) {
    if (value < min || value > max) {
      throw outside.at(index, BigInteger.valueOf(value));
    }
    return (int) value;
  }
}
