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
    write(out, values.length, Integer.BYTES, (b, from, n) -> b.asIntBuffer().put(values, from, n));
  }

  static void writeFloats(DataOutput out, float[] values) throws IOException {
    write(out, values.length, Float.BYTES, (b, from, n) -> b.asFloatBuffer().put(values, from, n));
  }

  /**
   * Reads an array written by {@link #writeInts}.
   *
   * @throws IOException if its length is negative or above {@code maxLength} (a damaged file must
   *     not make us allocate gigabytes)
   */
  static int[] readInts(DataInput in, int maxLength) throws IOException {
    int[] values = new int[length(in, maxLength)];
    read(in, values.length, Integer.BYTES, (b, from, n) -> b.asIntBuffer().get(values, from, n));
    return values;
  }

  /** Reads an array written by {@link #writeFloats}; limits as {@link #readInts}. */
  static float[] readFloats(DataInput in, int maxLength) throws IOException {
    float[] values = new float[length(in, maxLength)];
    read(in, values.length, Float.BYTES, (b, from, n) -> b.asFloatBuffer().get(values, from, n));
    return values;
  }

  /** Copies {@code n} values of an array, starting at {@code from}, into or out of a buffer. */
  @FunctionalInterface
  private interface Chunk {
    void copy(ByteBuffer bytes, int from, int n);
  }

  private static void write(DataOutput out, int length, int width, Chunk put) throws IOException {
    out.writeInt(length);
    ByteBuffer buffer = ByteBuffer.allocate(Math.min(length, CHUNK) * width);
    for (int from = 0; from < length; from += CHUNK) {
      int n = Math.min(CHUNK, length - from);
      buffer.clear();
      put.copy(buffer, from, n);
      out.write(buffer.array(), 0, n * width);
    }
  }

  private static void read(DataInput in, int length, int width, Chunk get) throws IOException {
    byte[] bytes = new byte[Math.min(length, CHUNK) * width];
    for (int from = 0; from < length; from += CHUNK) {
      int n = Math.min(CHUNK, length - from);
      in.readFully(bytes, 0, n * width);
      get.copy(ByteBuffer.wrap(bytes, 0, n * width), from, n);
    }
  }

  private static int length(DataInput in, int maxLength) throws IOException {
    int n = in.readInt();
    if (n < 0 || n > maxLength) {
      throw new IOException("array length " + n + " outside [0, " + maxLength + "]");
    }
    return n;
  }
}
