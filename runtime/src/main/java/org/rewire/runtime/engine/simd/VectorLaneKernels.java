package org.rewire.runtime.engine.simd;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The kernels on the incubating Vector API, 256-bit vectors of 8 lanes: one broadcast weight times
 * the row's vectors of lanes per synapse, about eight accumulators in flight (32 lanes: four
 * vectors, two synapses; 16 lanes: two vectors, four synapses; 8 lanes: one vector, four synapses).
 * Other lane counts, and those whose partial sums {@link LaneKernels#partials} fixes otherwise,
 * fall back to the scalar twin, so results are the same bit for bit. Loaded only when the {@code
 * jdk.incubator.vector} module is present.
 */
public final class VectorLaneKernels implements LaneKernels {
  private static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_256;
  private final ScalarLaneKernels scalar = new ScalarLaneKernels();

  /** Floats per vector the hardware prefers (4 on 128-bit SIMD, where this class is not used). */
  public static int preferredVectorLength() {
    return FloatVector.SPECIES_PREFERRED.length();
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
    if (lanes == 4 * vl && LaneKernels.partials(lanes) == 2) {
      fourVectors(from, to, rowStart, rowLength, column, weight, x, out);
      return;
    }
    if (lanes % vl != 0 || LaneKernels.partials(lanes) != 4) {
      scalar.rowDots(from, to, rowStart, rowLength, column, weight, x, out, lanes);
      return;
    }
    if (lanes == 2 * vl) {
      twoVectors(from, to, rowStart, rowLength, column, weight, x, out);
      return;
    }
    for (int r = from; r < to; r++) {
      int s = rowStart[r];
      int e = s + rowLength[r];
      for (int l = 0; l < lanes; l += vl) {
        FloatVector p0 = FloatVector.zero(SPECIES);
        FloatVector p1 = p0;
        FloatVector p2 = p0;
        FloatVector p3 = p0;
        int k = s;
        for (; k + 3 < e; k += 4) {
          p0 =
              FloatVector.fromArray(SPECIES, x, column[k] * lanes + l)
                  .fma(FloatVector.broadcast(SPECIES, weight[k]), p0);
          p1 =
              FloatVector.fromArray(SPECIES, x, column[k + 1] * lanes + l)
                  .fma(FloatVector.broadcast(SPECIES, weight[k + 1]), p1);
          p2 =
              FloatVector.fromArray(SPECIES, x, column[k + 2] * lanes + l)
                  .fma(FloatVector.broadcast(SPECIES, weight[k + 2]), p2);
          p3 =
              FloatVector.fromArray(SPECIES, x, column[k + 3] * lanes + l)
                  .fma(FloatVector.broadcast(SPECIES, weight[k + 3]), p3);
        }
        if (k < e) {
          p0 =
              FloatVector.fromArray(SPECIES, x, column[k] * lanes + l)
                  .fma(FloatVector.broadcast(SPECIES, weight[k]), p0);
        }
        if (k + 1 < e) {
          p1 =
              FloatVector.fromArray(SPECIES, x, column[k + 1] * lanes + l)
                  .fma(FloatVector.broadcast(SPECIES, weight[k + 1]), p1);
        }
        if (k + 2 < e) {
          p2 =
              FloatVector.fromArray(SPECIES, x, column[k + 2] * lanes + l)
                  .fma(FloatVector.broadcast(SPECIES, weight[k + 2]), p2);
        }
        p0.add(p1).add(p2.add(p3)).intoArray(out, r * lanes + l);
      }
    }
  }

  // The default 16 lanes on AVX2: both halves of a lane block in one pass over the row, eight
  // accumulators in flight (measured 1.5x faster than one pass per half, 2.5x with one chain).
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
      FloatVector a1 = a0;
      FloatVector b0 = a0;
      FloatVector b1 = a0;
      FloatVector c0 = a0;
      FloatVector c1 = a0;
      FloatVector d0 = a0;
      FloatVector d1 = a0;
      int k = s;
      for (; k + 3 < e; k += 4) {
        int p = column[k] * lanes;
        FloatVector w = FloatVector.broadcast(SPECIES, weight[k]);
        a0 = FloatVector.fromArray(SPECIES, x, p).fma(w, a0);
        a1 = FloatVector.fromArray(SPECIES, x, p + vl).fma(w, a1);
        p = column[k + 1] * lanes;
        w = FloatVector.broadcast(SPECIES, weight[k + 1]);
        b0 = FloatVector.fromArray(SPECIES, x, p).fma(w, b0);
        b1 = FloatVector.fromArray(SPECIES, x, p + vl).fma(w, b1);
        p = column[k + 2] * lanes;
        w = FloatVector.broadcast(SPECIES, weight[k + 2]);
        c0 = FloatVector.fromArray(SPECIES, x, p).fma(w, c0);
        c1 = FloatVector.fromArray(SPECIES, x, p + vl).fma(w, c1);
        p = column[k + 3] * lanes;
        w = FloatVector.broadcast(SPECIES, weight[k + 3]);
        d0 = FloatVector.fromArray(SPECIES, x, p).fma(w, d0);
        d1 = FloatVector.fromArray(SPECIES, x, p + vl).fma(w, d1);
      }
      // Tail: the i-th leftover synapse belongs to partial i (the loop consumed multiples of 4).
      // Written out, not through a helper: a vector passed to a call C2 did not inline is boxed,
      // and one such allocation per row and step turned a run into a GC storm.
      if (k < e) {
        int p = column[k] * lanes;
        FloatVector w = FloatVector.broadcast(SPECIES, weight[k]);
        a0 = FloatVector.fromArray(SPECIES, x, p).fma(w, a0);
        a1 = FloatVector.fromArray(SPECIES, x, p + vl).fma(w, a1);
      }
      if (k + 1 < e) {
        int p = column[k + 1] * lanes;
        FloatVector w = FloatVector.broadcast(SPECIES, weight[k + 1]);
        b0 = FloatVector.fromArray(SPECIES, x, p).fma(w, b0);
        b1 = FloatVector.fromArray(SPECIES, x, p + vl).fma(w, b1);
      }
      if (k + 2 < e) {
        int p = column[k + 2] * lanes;
        FloatVector w = FloatVector.broadcast(SPECIES, weight[k + 2]);
        c0 = FloatVector.fromArray(SPECIES, x, p).fma(w, c0);
        c1 = FloatVector.fromArray(SPECIES, x, p + vl).fma(w, c1);
      }
      a0.add(b0).add(c0.add(d0)).intoArray(out, r * lanes);
      a1.add(b1).add(c1.add(d1)).intoArray(out, r * lanes + vl);
    }
  }

  // 32 lanes on AVX2: four vectors per synapse, two partial sums each (LaneKernels.partials(32)
  // = 2): eight accumulators in flight, one index and one weight load per 32 multiply-adds.
  private static void fourVectors(
      int from,
      int to,
      int[] rowStart,
      int[] rowLength,
      int[] column,
      float[] weight,
      float[] x,
      float[] out) {
    int vl = SPECIES.length();
    int lanes = 4 * vl;
    for (int r = from; r < to; r++) {
      int s = rowStart[r];
      int e = s + rowLength[r];
      FloatVector a0 = FloatVector.zero(SPECIES);
      FloatVector a1 = a0;
      FloatVector a2 = a0;
      FloatVector a3 = a0;
      FloatVector b0 = a0;
      FloatVector b1 = a0;
      FloatVector b2 = a0;
      FloatVector b3 = a0;
      int k = s;
      for (; k + 1 < e; k += 2) {
        int p = column[k] * lanes;
        FloatVector w = FloatVector.broadcast(SPECIES, weight[k]);
        a0 = FloatVector.fromArray(SPECIES, x, p).fma(w, a0);
        a1 = FloatVector.fromArray(SPECIES, x, p + vl).fma(w, a1);
        a2 = FloatVector.fromArray(SPECIES, x, p + 2 * vl).fma(w, a2);
        a3 = FloatVector.fromArray(SPECIES, x, p + 3 * vl).fma(w, a3);
        p = column[k + 1] * lanes;
        w = FloatVector.broadcast(SPECIES, weight[k + 1]);
        b0 = FloatVector.fromArray(SPECIES, x, p).fma(w, b0);
        b1 = FloatVector.fromArray(SPECIES, x, p + vl).fma(w, b1);
        b2 = FloatVector.fromArray(SPECIES, x, p + 2 * vl).fma(w, b2);
        b3 = FloatVector.fromArray(SPECIES, x, p + 3 * vl).fma(w, b3);
      }
      if (k < e) {
        int p = column[k] * lanes;
        FloatVector w = FloatVector.broadcast(SPECIES, weight[k]);
        a0 = FloatVector.fromArray(SPECIES, x, p).fma(w, a0);
        a1 = FloatVector.fromArray(SPECIES, x, p + vl).fma(w, a1);
        a2 = FloatVector.fromArray(SPECIES, x, p + 2 * vl).fma(w, a2);
        a3 = FloatVector.fromArray(SPECIES, x, p + 3 * vl).fma(w, a3);
      }
      int o = r * lanes;
      a0.add(b0).intoArray(out, o);
      a1.add(b1).intoArray(out, o + vl);
      a2.add(b2).intoArray(out, o + 2 * vl);
      a3.add(b3).intoArray(out, o + 3 * vl);
    }
  }

  @Override
  public void addInto(float[] x, int xo, float[] y, int yo, int n) {
    int vl = SPECIES.length();
    int i = 0;
    for (; i + vl <= n; i += vl) {
      FloatVector.fromArray(SPECIES, y, yo + i)
          .add(FloatVector.fromArray(SPECIES, x, xo + i))
          .intoArray(y, yo + i);
    }
    for (; i < n; i++) {
      y[yo + i] += x[xo + i];
    }
  }

  // One column and vector of lanes at a time, the running sum in a register: acc + w * z with z 0
  // or 1 is exact in w * z, so the fused multiply-add rounds like the scalar twin's addition.
  @Override
  public void addSpikingColumns(
      int columns,
      int[] columnStart,
      int[] columnLength,
      int[] row,
      float[] weight,
      float[] spike,
      float[] out,
      int lanes) {
    int vl = SPECIES.length();
    if (lanes != 4 * vl) {
      scalar.addSpikingColumns(columns, columnStart, columnLength, row, weight, spike, out, lanes);
      return;
    }
    for (int c = 0; c < columns; c++) {
      int s = columnStart[c];
      int e = s + columnLength[c];
      int o = c * lanes;
      FloatVector a0 = FloatVector.fromArray(SPECIES, out, o);
      FloatVector a1 = FloatVector.fromArray(SPECIES, out, o + vl);
      FloatVector a2 = FloatVector.fromArray(SPECIES, out, o + 2 * vl);
      FloatVector a3 = FloatVector.fromArray(SPECIES, out, o + 3 * vl);
      for (int k = s; k < e; k++) {
        int p = row[k] * lanes;
        FloatVector w = FloatVector.broadcast(SPECIES, weight[k]);
        a0 = FloatVector.fromArray(SPECIES, spike, p).fma(w, a0);
        a1 = FloatVector.fromArray(SPECIES, spike, p + vl).fma(w, a1);
        a2 = FloatVector.fromArray(SPECIES, spike, p + 2 * vl).fma(w, a2);
        a3 = FloatVector.fromArray(SPECIES, spike, p + 3 * vl).fma(w, a3);
      }
      a0.intoArray(out, o);
      a1.intoArray(out, o + vl);
      a2.intoArray(out, o + 2 * vl);
      a3.intoArray(out, o + 3 * vl);
    }
  }
}
