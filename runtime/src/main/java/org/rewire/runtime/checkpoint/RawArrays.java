package org.rewire.runtime.checkpoint;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * Int and float arrays as a length and raw big-endian values, moved through a byte buffer in chunks
 * rather than one stream call per element: a network's weights and moments are millions of values.
 */
final class RawArrays {
  private static final int CHUNK = 1 << 16;

  private RawArrays() {}

  static void writeInts(DataOutput out, int[] values) throws IOException {
    out.writeInt(values.length);
    ByteBuffer buffer = ByteBuffer.allocate(CHUNK * Integer.BYTES);
    for (int from = 0; from < values.length; from += CHUNK) {
      int n = Math.min(CHUNK, values.length - from);
      buffer.clear();
      buffer.asIntBuffer().put(values, from, n);
      out.write(buffer.array(), 0, n * Integer.BYTES);
    }
  }

  static void writeFloats(DataOutput out, float[] values) throws IOException {
    out.writeInt(values.length);
    ByteBuffer buffer = ByteBuffer.allocate(CHUNK * Float.BYTES);
    for (int from = 0; from < values.length; from += CHUNK) {
      int n = Math.min(CHUNK, values.length - from);
      buffer.clear();
      buffer.asFloatBuffer().put(values, from, n);
      out.write(buffer.array(), 0, n * Float.BYTES);
    }
  }

  /**
   * Reads an array written by {@link #writeInts}.
   *
   * @throws IOException if its length is negative or above {@code maxLength} (a damaged file must
   *     not make us allocate gigabytes)
   */
  static int[] readInts(DataInput in, int maxLength) throws IOException {
    int[] values = new int[length(in, maxLength)];
    byte[] bytes = new byte[Math.min(values.length, CHUNK) * Integer.BYTES];
    for (int from = 0; from < values.length; from += CHUNK) {
      int n = Math.min(CHUNK, values.length - from);
      in.readFully(bytes, 0, n * Integer.BYTES);
      ByteBuffer.wrap(bytes, 0, n * Integer.BYTES).asIntBuffer().get(values, from, n);
    }
    return values;
  }

  /** Reads an array written by {@link #writeFloats}; limits as {@link #readInts}. */
  static float[] readFloats(DataInput in, int maxLength) throws IOException {
    float[] values = new float[length(in, maxLength)];
    byte[] bytes = new byte[Math.min(values.length, CHUNK) * Float.BYTES];
    for (int from = 0; from < values.length; from += CHUNK) {
      int n = Math.min(CHUNK, values.length - from);
      in.readFully(bytes, 0, n * Float.BYTES);
      ByteBuffer.wrap(bytes, 0, n * Float.BYTES).asFloatBuffer().get(values, from, n);
    }
    return values;
  }

  private static int length(DataInput in, int maxLength) throws IOException {
    int n = in.readInt();
    if (n < 0 || n > maxLength) {
      throw new IOException("array length " + n + " outside [0, " + maxLength + "]");
    }
    return n;
  }
}
