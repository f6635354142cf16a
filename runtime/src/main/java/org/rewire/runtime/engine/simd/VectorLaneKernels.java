package org.rewire.runtime.engine.simd;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The kernels on the incubating Vector API: one broadcast weight times a vector of lanes per
 * synapse. Lane blocks that do not fill a vector fall back to the scalar twin, so results are the
 * same bit for bit. Loaded only when the {@code jdk.incubator.vector} module is present.
 */
public final class VectorLaneKernels implements LaneKernels {
  private static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_PREFERRED;
  private final ScalarLaneKernels scalar = new ScalarLaneKernels();

  /** Floats per vector on this machine. */
  public static int vectorLength() {
    return SPECIES.length();
  }

  @Override
  public String name() {
    return "vector";
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
    int vl = SPECIES.length();
    if (lanes % vl != 0) {
      scalar.rowDots(from, to, rowStart, rowLength, column, weight, x, out, lanes);
    } else if (lanes == 2 * vl) {
      twoVectors(from, to, rowStart, rowLength, column, weight, x, out);
    } else {
      for (int r = from; r < to; r++) {
        int s = rowStart[r];
        int e = s + rowLength[r];
        for (int l = 0; l < lanes; l += vl) {
          FloatVector acc = FloatVector.zero(SPECIES);
          for (int k = s; k < e; k++) {
            FloatVector xv = FloatVector.fromArray(SPECIES, x, column[k] * lanes + l);
            acc = xv.fma(FloatVector.broadcast(SPECIES, weight[k]), acc);
          }
          acc.intoArray(out, r * lanes + l);
        }
      }
    }
  }

  // The common case (16 lanes on AVX2): both halves in one pass over the row.
  private static void twoVectors(
      int from,
      int to,
      int[] rowStart,
      int[] rowLength,
      int[] column,
      float[] weight,
      float[] x,
      float[] out) {
    int vl = SPECIES.length();
    int lanes = 2 * vl;
    for (int r = from; r < to; r++) {
      int s = rowStart[r];
      int e = s + rowLength[r];
      FloatVector a0 = FloatVector.zero(SPECIES);
      FloatVector a1 = FloatVector.zero(SPECIES);
      for (int k = s; k < e; k++) {
        int p = column[k] * lanes;
        FloatVector w = FloatVector.broadcast(SPECIES, weight[k]);
        a0 = FloatVector.fromArray(SPECIES, x, p).fma(w, a0);
        a1 = FloatVector.fromArray(SPECIES, x, p + vl).fma(w, a1);
      }
      a0.intoArray(out, r * lanes);
      a1.intoArray(out, r * lanes + vl);
    }
  }
}
