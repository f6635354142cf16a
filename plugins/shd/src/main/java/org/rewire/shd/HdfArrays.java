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
   * The values as ints, or null if {@code data} is not an integer array. Values outside the int
   * range are clamped to {@code Integer.MIN_VALUE} or {@code Integer.MAX_VALUE}: every index or
   * label check rejects them, and the message still shows a value far out of range.
   */
  static int[] ints(Object data) {
    if (data instanceof int[] v) {
      return v;
    }
    if (data instanceof short[] v) {
      int[] out = new int[v.length];
      for (int i = 0; i < v.length; i++) {
        out[i] = v[i];
      }
      return out;
    }
    if (data instanceof byte[] v) {
      int[] out = new int[v.length];
      for (int i = 0; i < v.length; i++) {
        out[i] = v[i];
      }
      return out;
    }
    if (data instanceof long[] v) {
      int[] out = new int[v.length];
      for (int i = 0; i < v.length; i++) {
        out[i] = clamp(v[i]);
      }
      return out;
    }
    if (data instanceof BigInteger[] v) {
      int[] out = new int[v.length];
      for (int i = 0; i < v.length; i++) {
        out[i] = v[i].bitLength() < 32 ? v[i].intValue() : Integer.MAX_VALUE;
      }
      return out;
    }
    return null;
  }

  private static int clamp(long value) {
    return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, value));
  }
}
