package org.rewire.runtime.engine.simd;

/**
 * The engine's event-driven loops, over one lane's lane-major arrays (element {@code j} of lane
 * {@code b} at {@code b * n + j}): the work of a spike or an input event is its fan-out, and the
 * {@code n} floats of one lane stay in the L1 cache while its events land. Plain Java: scattered
 * single-float updates gain nothing from vectors (a 256-bit masked store is micro-coded on AMD, and
 * AVX2 has no scatter). {@link LaneKernels#scatterRows} and {@link LaneKernels#gatherRow} are these
 * loops behind the kernel interface; the vector kernels add runs of consecutive columns (a Mosaic
 * link to a tile) as vectors there, with the same values.
 */
public final class EventKernels {
  private EventKernels() {}

  /**
   * Adds the fan-out of the rows {@code rows[from..to)} (in that order) to one lane: {@code
   * out[offset + column[k]] += weight[k]} for each row's slots {@code k} in slot order, one float
   * addition each.
   */
  public static void scatterRows(
      int[] rows,
      int from,
      int to,
      int[] rowStart,
      int[] rowLength,
      int[] column,
      float[] weight,
      float[] out,
      int offset) {
    for (int q = from; q < to; q++) {
      scatterRow(rows[q], rowStart, rowLength, column, weight, out, offset);
    }
  }

  private static void scatterRow(
      int r,
      int[] rowStart,
      int[] rowLength,
      int[] column,
      float[] weight,
      float[] out,
      int offset) {
    int e = rowStart[r] + rowLength[r];
    int k = rowStart[r];
    for (; k + 3 < e; k += 4) {
      scatterFour(column, weight, out, offset, k);
    }
    for (; k < e; k++) {
      out[offset + column[k]] += weight[k];
    }
  }

  /**
   * One presynaptic neuron's spikes in several lanes at once: for each lane {@code b} set in {@code
   * laneMask}, row {@code r}'s fan-out added to that lane, {@code out[b * stride + column[k]] +=
   * weight[k]} for the row's slots in slot order. Each element gets what {@link #scatterRows} of
   * that row and lane gives it.
   */
  public static void scatterRowToLanes(
      int r,
      long laneMask,
      int[] rowStart,
      int[] rowLength,
      int[] column,
      float[] weight,
      float[] out,
      int stride) {
    for (long m = laneMask; m != 0; m &= m - 1) {
      int b = Long.numberOfTrailingZeros(m);
      scatterRow(r, rowStart, rowLength, column, weight, out, b * stride);
    }
  }

  /**
   * Slots {@code k..k+3} of one row into {@code out}: four loads before four stores. A row's
   * columns are distinct, so this is the same as one addition at a time, and measured 1.3x faster
   * (the scattered read-modify-writes of one addition per iteration wait on each other's stores).
   */
  static void scatterFour(int[] column, float[] weight, float[] out, int offset, int k) {
    int c0 = offset + column[k];
    int c1 = offset + column[k + 1];
    int c2 = offset + column[k + 2];
    int c3 = offset + column[k + 3];
    float o0 = out[c0] + weight[k];
    float o1 = out[c1] + weight[k + 1];
    float o2 = out[c2] + weight[k + 2];
    float o3 = out[c3] + weight[k + 3];
    out[c0] = o0;
    out[c1] = o1;
    out[c2] = o2;
    out[c3] = o3;
  }

  /**
   * Adds {@code x} times row {@code r}'s fan-out to one lane: {@code out[offset + column[k]] += x *
   * weight[k]} for the row's slots in slot order (the product rounded, then added).
   */
  public static void scatterScaledRow(
      int r,
      float x,
      int[] rowStart,
      int[] rowLength,
      int[] column,
      float[] weight,
      float[] out,
      int offset) {
    int s = rowStart[r];
    int e = s + rowLength[r];
    for (int k = s; k < e; k++) {
      out[offset + column[k]] += x * weight[k];
    }
  }

  /**
   * The weight gradient of one spike: {@code gradient[k] += delta[offset + column[k]]} for the
   * slots {@code k} in {@code [from, to)} of its row, one float addition each.
   */
  public static void gatherRow(
      int from, int to, int[] column, float[] delta, int offset, float[] gradient) {
    int k = from;
    for (; k + 3 < to; k += 4) {
      gatherFour(column, delta, offset, gradient, k);
    }
    for (; k < to; k++) {
      gradient[k] += delta[offset + column[k]];
    }
  }

  /**
   * The input weights' gradient of one input event of count {@code x}: {@code gradient[k] += x *
   * delta[offset + column[k]]} for the slots {@code k} in {@code [from, to)} of its row.
   */
  public static void gatherScaledRow(
      int from, int to, int[] column, float x, float[] delta, int offset, float[] gradient) {
    for (int k = from; k < to; k++) {
      gradient[k] += x * delta[offset + column[k]];
    }
  }

  /** Slots {@code k..k+3} of one row's gradient: four gathered loads, then four additions. */
  static void gatherFour(int[] column, float[] delta, int offset, float[] gradient, int k) {
    float d0 = delta[offset + column[k]];
    float d1 = delta[offset + column[k + 1]];
    float d2 = delta[offset + column[k + 2]];
    float d3 = delta[offset + column[k + 3]];
    gradient[k] += d0;
    gradient[k + 1] += d1;
    gradient[k + 2] += d2;
    gradient[k + 3] += d3;
  }

  // Neurons per tile of the lane-minor transpose: 64 rows of 32 lanes (8 KB) written while 32
  // stretches of 64 floats are read, both in the L1 cache; row by row over all n neurons, each
  // lane's pass wrote one float into each of n 128-byte rows and evicted them all again.
  private static final int TRANSPOSE_TILE = 64;

  /**
   * Lane-major to lane-minor: {@code to[j * lanes + b] = from[b * n + j]} for {@code j < n} and
   * {@code b < count}; lanes {@code count..lanes-1} of {@code to} are left as they are.
   */
  public static void toLaneMinor(float[] from, int n, int count, float[] to, int lanes) {
    for (int j0 = 0; j0 < n; j0 += TRANSPOSE_TILE) {
      int j1 = Math.min(n, j0 + TRANSPOSE_TILE);
      for (int b = 0; b < count; b++) {
        int o = b * n;
        for (int j = j0; j < j1; j++) {
          to[j * lanes + b] = from[o + j];
        }
      }
    }
  }

  /**
   * Lane-minor to lane-major: {@code to[base + b * n + j] = from[j * lanes + b]}, the inverse, into
   * the stretch of {@code to} from {@code base}.
   */
  public static void toLaneMajor(float[] from, int lanes, int count, float[] to, int base, int n) {
    for (int j = 0; j < n; j++) {
      int o = j * lanes;
      for (int b = 0; b < count; b++) {
        to[base + b * n + j] = from[o + b];
      }
    }
  }
}
