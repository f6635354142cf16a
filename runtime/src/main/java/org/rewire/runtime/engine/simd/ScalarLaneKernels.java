package org.rewire.runtime.engine.simd;

import java.util.Arrays;

/** The plain-Java kernels: the portable path and the twin the vector path is tested against. */
public final class ScalarLaneKernels implements LaneKernels {
  /** Independent partial sums per output, as {@link LaneKernels} fixes. */
  static final int PARTIALS = 4;

  @Override
  public String name() {
    return "scalar";
  }

  @Override
  public void rowDots(
      int from,
      int to,
      int[] rowStart,
      int[] rowLength,
      int[] column,
      float[] weight,
      float[] x,
      float[] out,
      int lanes) {
    float[] partial = new float[PARTIALS * lanes];
    for (int r = from; r < to; r++) {
      Arrays.fill(partial, 0f);
      int s = rowStart[r];
      int e = s + rowLength[r];
      for (int k = s; k < e; k++) {
        fmaInto(
            weight[k], x, column[k] * lanes, partial, ((k - s) & (PARTIALS - 1)) * lanes, lanes);
      }
      int o = r * lanes;
      for (int l = 0; l < lanes; l++) {
        out[o + l] =
            (partial[l] + partial[lanes + l]) + (partial[2 * lanes + l] + partial[3 * lanes + l]);
      }
    }
  }

  // A plain counted loop over contiguous ranges, which the JIT can vectorize by itself.
  private static void fmaInto(float w, float[] x, int xo, float[] acc, int ao, int n) {
    for (int l = 0; l < n; l++) {
      acc[ao + l] = Math.fma(w, x[xo + l], acc[ao + l]);
    }
  }

  @Override
  public void addSpikingRows(
      int rows,
      int[] rowStart,
      int[] rowLength,
      int[] column,
      float[] weight,
      float[] spike,
      float[] out,
      int lanes) {
    int[] hot = new int[lanes];
    for (int r = 0; r < rows; r++) {
      int o = r * lanes;
      int m = 0;
      for (int l = 0; l < lanes; l++) {
        if (spike[o + l] != 0) {
          hot[m++] = l;
        }
      }
      if (m == 0) {
        continue;
      }
      int s = rowStart[r];
      for (int k = s; k < s + rowLength[r]; k++) {
        int p = column[k] * lanes;
        float w = weight[k];
        for (int q = 0; q < m; q++) {
          out[p + hot[q]] += w;
        }
      }
    }
  }
}
