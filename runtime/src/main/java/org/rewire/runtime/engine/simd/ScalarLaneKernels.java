package org.rewire.runtime.engine.simd;

/** The plain-Java kernels: the portable path and the twin the vector path is tested against. */
public final class ScalarLaneKernels implements LaneKernels {

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
    for (int r = from; r < to; r++) {
      int o = r * lanes;
      for (int l = 0; l < lanes; l++) {
        out[o + l] = 0f;
      }
      int s = rowStart[r];
      int e = s + rowLength[r];
      for (int k = s; k < e; k++) {
        float w = weight[k];
        int p = column[k] * lanes;
        for (int l = 0; l < lanes; l++) {
          out[o + l] = Math.fma(w, x[p + l], out[o + l]);
        }
      }
    }
  }
}
