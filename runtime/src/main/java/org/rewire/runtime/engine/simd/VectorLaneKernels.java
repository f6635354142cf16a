package org.rewire.runtime.engine.simd;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
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
  // LANE_BITS[k]: lane i holds 1 << (8 k + i), the mask bit of lane 8 k + i of a block.
  private static final IntVector[] LANE_BITS = new IntVector[4];

  static {
    for (int k = 0; k < LANE_BITS.length; k++) {
      int[] bits = new int[8];
      for (int i = 0; i < bits.length; i++) {
        bits[i] = 1 << (8 * k + i);
      }
      LANE_BITS[k] = IntVector.fromArray(IntVector.SPECIES_256, bits, 0);
    }
  }

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
      fourVectors(from, to, null, rowStart, rowLength, column, weight, x, out);
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

  // The block-sparse product's remainder (a few dozen synapses on a few hundred rows), at 32 lanes
  // the row's chains started from out, no scratch row (JMH backwardRecurrentBlocks 128.4, 124.1,
  // 134.0 -> 124.0, 120.8, 123.6 us); other lane counts take the scalar twin.
  @Override
  public void rowDotsInto(
      int from,
      int to,
      int[] row,
      int[] rowStart,
      int[] rowLength,
      int[] column,
      float[] weight,
      float[] x,
      float[] out,
      int lanes) {
    if (lanes != 4 * SPECIES.length() || LaneKernels.partials(lanes) != 2) {
      scalar.rowDotsInto(from, to, row, rowStart, rowLength, column, weight, x, out, lanes);
      return;
    }
    fourVectors(from, to, row, rowStart, rowLength, column, weight, x, out);
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
  // = 2): eight accumulators in flight, one index and one weight load per 32 multiply-adds. Row q
  // goes to out's row q, or with a row map to row[q], its first partial sum then starting from
  // what that row holds (rowDotsInto).
  private static void fourVectors(
      int from,
      int to,
      int[] row,
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
      int o = (row == null ? r : row[r]) * lanes;
      FloatVector b0 = FloatVector.zero(SPECIES);
      FloatVector b1 = b0;
      FloatVector b2 = b0;
      FloatVector b3 = b0;
      FloatVector a0 = b0;
      FloatVector a1 = b0;
      FloatVector a2 = b0;
      FloatVector a3 = b0;
      if (row != null) {
        a0 = FloatVector.fromArray(SPECIES, out, o);
        a1 = FloatVector.fromArray(SPECIES, out, o + vl);
        a2 = FloatVector.fromArray(SPECIES, out, o + 2 * vl);
        a3 = FloatVector.fromArray(SPECIES, out, o + 3 * vl);
      }
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
      a0.add(b0).intoArray(out, o);
      a1.add(b1).intoArray(out, o + vl);
      a2.add(b2).intoArray(out, o + 2 * vl);
      a3.add(b3).intoArray(out, o + 3 * vl);
    }
  }

  // A run of eight consecutive columns (column[k + 7] - column[k] == 7 with columns strictly
  // ascending) is one 256-bit load, add and store; elsewhere four scattered additions at a time,
  // four loads before four stores as in EventKernels. Either way one float addition per element.
  @Override
  public void scatterRows(
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
      scatterToLanes(rows[q], 1L, rowStart, rowLength, column, weight, out, offset, 0);
    }
  }

  @Override
  public void scatterRowToLanes(
      int r,
      long laneMask,
      int[] rowStart,
      int[] rowLength,
      int[] column,
      float[] weight,
      float[] out,
      int stride) {
    scatterToLanes(r, laneMask, rowStart, rowLength, column, weight, out, 0, stride);
  }

  // Row r's fan-out into lane b of laneMask at offset + b * stride, for every such lane: runs of
  // eight consecutive columns as one vector, its weights loaded once for all the lanes.
  private static void scatterToLanes(
      int r,
      long laneMask,
      int[] rowStart,
      int[] rowLength,
      int[] column,
      float[] weight,
      float[] out,
      int offset,
      int stride) {
    int vl = SPECIES.length();
    int k = rowStart[r];
    int e = k + rowLength[r];
    while (k + vl <= e) {
      if (column[k + vl - 1] - column[k] == vl - 1) {
        FloatVector w = FloatVector.fromArray(SPECIES, weight, k);
        for (long m = laneMask; m != 0; m &= m - 1) {
          int c = offset + Long.numberOfTrailingZeros(m) * stride + column[k];
          FloatVector.fromArray(SPECIES, out, c).add(w).intoArray(out, c);
        }
        k += vl;
      } else {
        for (long m = laneMask; m != 0; m &= m - 1) {
          int o = offset + Long.numberOfTrailingZeros(m) * stride;
          EventKernels.scatterFour(column, weight, out, o, k);
        }
        k += 4;
      }
    }
    for (; k < e; k++) {
      for (long m = laneMask; m != 0; m &= m - 1) {
        out[offset + Long.numberOfTrailingZeros(m) * stride + column[k]] += weight[k];
      }
    }
  }

  // Runs of eight consecutive columns, wherever they start in the row, as one vector: the weights
  // times x, added to eight consecutive currents; other slots one by one.
  @Override
  public void scatterScaledRow(
      int r,
      float x,
      int[] rowStart,
      int[] rowLength,
      int[] column,
      float[] weight,
      float[] out,
      int offset) {
    int vl = SPECIES.length();
    int k = rowStart[r];
    int e = k + rowLength[r];
    while (k < e) {
      if (k + vl <= e && column[k + vl - 1] - column[k] == vl - 1) {
        int c = offset + column[k];
        FloatVector.fromArray(SPECIES, out, c)
            .add(FloatVector.fromArray(SPECIES, weight, k).mul(x))
            .intoArray(out, c);
        k += vl;
      } else {
        out[offset + column[k]] += x * weight[k];
        k++;
      }
    }
  }

  // As scatterRows: runs of eight consecutive columns read eight consecutive deltas into eight
  // consecutive slots as one vector.
  @Override
  public void gatherRow(
      int from, int to, int[] column, float[] delta, int offset, float[] gradient) {
    int vl = SPECIES.length();
    int k = from;
    while (k + vl <= to) {
      int c = offset + column[k];
      if (column[k + vl - 1] - column[k] == vl - 1) {
        FloatVector.fromArray(SPECIES, gradient, k)
            .add(FloatVector.fromArray(SPECIES, delta, c))
            .intoArray(gradient, k);
        k += vl;
      } else {
        EventKernels.gatherFour(column, delta, offset, gradient, k);
        k += 4;
      }
    }
    for (; k < to; k++) {
      gradient[k] += delta[offset + column[k]];
    }
  }

  // As gatherRow, each run of eight deltas times x (a rounded product, then the addition).
  @Override
  public void gatherScaledRow(
      int from, int to, int[] column, float x, float[] delta, int offset, float[] gradient) {
    int vl = SPECIES.length();
    int k = from;
    for (; k + vl <= to && column[k + vl - 1] - column[k] == vl - 1; k += vl) {
      FloatVector.fromArray(SPECIES, gradient, k)
          .add(FloatVector.fromArray(SPECIES, delta, offset + column[k]).mul(x))
          .intoArray(gradient, k);
    }
    EventKernels.gatherScaledRow(k, to, column, x, delta, offset, gradient);
  }

  // Register-blocked like a GEMM micro-kernel: six rows times two vectors of lanes, twelve
  // accumulators, so each vector of x loaded serves six rows (two loads and six broadcasts per
  // twelve fused multiply-adds, where a sparse row takes one load of x per multiply-add).
  @Override
  public void denseRowDots(
      int from,
      int to,
      int columns,
      float[] matrix,
      int matrixOffset,
      int[] xRow,
      float[] x,
      float[] out,
      int lanes,
      boolean accumulate) {
    int vl = SPECIES.length();
    if (lanes % vl != 0) {
      scalar.denseRowDots(from, to, columns, matrix, matrixOffset, xRow, x, out, lanes, accumulate);
      return;
    }
    int l = 0;
    for (; l + 2 * vl <= lanes; l += 2 * vl) {
      int r = from;
      int m = matrixOffset;
      for (; r + 5 < to; r += 6, m += 6 * columns) {
        sixRowsTwoVectors(r, l, columns, matrix, m, xRow, x, out, lanes, accumulate);
      }
      for (; r + 1 < to; r += 2, m += 2 * columns) {
        twoRowsTwoVectors(r, l, columns, matrix, m, xRow, x, out, lanes, accumulate);
      }
      if (r < to) {
        oneRowOneVector(r, l, columns, matrix, m, xRow, x, out, lanes, accumulate);
        oneRowOneVector(r, l + vl, columns, matrix, m, xRow, x, out, lanes, accumulate);
      }
    }
    if (l < lanes) {
      for (int r = from, m = matrixOffset; r < to; r++, m += columns) {
        oneRowOneVector(r, l, columns, matrix, m, xRow, x, out, lanes, accumulate);
      }
    }
  }

  private static void sixRowsTwoVectors(
      int r,
      int l,
      int columns,
      float[] matrix,
      int m0,
      int[] xRow,
      float[] x,
      float[] out,
      int lanes,
      boolean accumulate) {
    int vl = SPECIES.length();
    int o = r * lanes + l;
    FloatVector a0 = FloatVector.zero(SPECIES);
    FloatVector a1 = a0;
    FloatVector a2 = a0;
    FloatVector a3 = a0;
    FloatVector a4 = a0;
    FloatVector a5 = a0;
    FloatVector b0 = a0;
    FloatVector b1 = a0;
    FloatVector b2 = a0;
    FloatVector b3 = a0;
    FloatVector b4 = a0;
    FloatVector b5 = a0;
    if (accumulate) {
      a0 = FloatVector.fromArray(SPECIES, out, o);
      b0 = FloatVector.fromArray(SPECIES, out, o + vl);
      a1 = FloatVector.fromArray(SPECIES, out, o + lanes);
      b1 = FloatVector.fromArray(SPECIES, out, o + lanes + vl);
      a2 = FloatVector.fromArray(SPECIES, out, o + 2 * lanes);
      b2 = FloatVector.fromArray(SPECIES, out, o + 2 * lanes + vl);
      a3 = FloatVector.fromArray(SPECIES, out, o + 3 * lanes);
      b3 = FloatVector.fromArray(SPECIES, out, o + 3 * lanes + vl);
      a4 = FloatVector.fromArray(SPECIES, out, o + 4 * lanes);
      b4 = FloatVector.fromArray(SPECIES, out, o + 4 * lanes + vl);
      a5 = FloatVector.fromArray(SPECIES, out, o + 5 * lanes);
      b5 = FloatVector.fromArray(SPECIES, out, o + 5 * lanes + vl);
    }
    int m1 = m0 + columns;
    int m2 = m1 + columns;
    int m3 = m2 + columns;
    int m4 = m3 + columns;
    int m5 = m4 + columns;
    for (int c = 0; c < columns; c++) {
      int p = (xRow == null ? c : xRow[c]) * lanes + l;
      FloatVector x0 = FloatVector.fromArray(SPECIES, x, p);
      FloatVector x1 = FloatVector.fromArray(SPECIES, x, p + vl);
      FloatVector w = FloatVector.broadcast(SPECIES, matrix[m0 + c]);
      a0 = x0.fma(w, a0);
      b0 = x1.fma(w, b0);
      w = FloatVector.broadcast(SPECIES, matrix[m1 + c]);
      a1 = x0.fma(w, a1);
      b1 = x1.fma(w, b1);
      w = FloatVector.broadcast(SPECIES, matrix[m2 + c]);
      a2 = x0.fma(w, a2);
      b2 = x1.fma(w, b2);
      w = FloatVector.broadcast(SPECIES, matrix[m3 + c]);
      a3 = x0.fma(w, a3);
      b3 = x1.fma(w, b3);
      w = FloatVector.broadcast(SPECIES, matrix[m4 + c]);
      a4 = x0.fma(w, a4);
      b4 = x1.fma(w, b4);
      w = FloatVector.broadcast(SPECIES, matrix[m5 + c]);
      a5 = x0.fma(w, a5);
      b5 = x1.fma(w, b5);
    }
    a0.intoArray(out, o);
    b0.intoArray(out, o + vl);
    a1.intoArray(out, o + lanes);
    b1.intoArray(out, o + lanes + vl);
    a2.intoArray(out, o + 2 * lanes);
    b2.intoArray(out, o + 2 * lanes + vl);
    a3.intoArray(out, o + 3 * lanes);
    b3.intoArray(out, o + 3 * lanes + vl);
    a4.intoArray(out, o + 4 * lanes);
    b4.intoArray(out, o + 4 * lanes + vl);
    a5.intoArray(out, o + 5 * lanes);
    b5.intoArray(out, o + 5 * lanes + vl);
  }

  // The rows a six-row group leaves, two at a time: four chains in flight.
  private static void twoRowsTwoVectors(
      int r,
      int l,
      int columns,
      float[] matrix,
      int m0,
      int[] xRow,
      float[] x,
      float[] out,
      int lanes,
      boolean accumulate) {
    int vl = SPECIES.length();
    int o = r * lanes + l;
    FloatVector a0 = FloatVector.zero(SPECIES);
    FloatVector a1 = a0;
    FloatVector b0 = a0;
    FloatVector b1 = a0;
    if (accumulate) {
      a0 = FloatVector.fromArray(SPECIES, out, o);
      b0 = FloatVector.fromArray(SPECIES, out, o + vl);
      a1 = FloatVector.fromArray(SPECIES, out, o + lanes);
      b1 = FloatVector.fromArray(SPECIES, out, o + lanes + vl);
    }
    int m1 = m0 + columns;
    for (int c = 0; c < columns; c++) {
      int p = (xRow == null ? c : xRow[c]) * lanes + l;
      FloatVector x0 = FloatVector.fromArray(SPECIES, x, p);
      FloatVector x1 = FloatVector.fromArray(SPECIES, x, p + vl);
      FloatVector w = FloatVector.broadcast(SPECIES, matrix[m0 + c]);
      a0 = x0.fma(w, a0);
      b0 = x1.fma(w, b0);
      w = FloatVector.broadcast(SPECIES, matrix[m1 + c]);
      a1 = x0.fma(w, a1);
      b1 = x1.fma(w, b1);
    }
    a0.intoArray(out, o);
    b0.intoArray(out, o + vl);
    a1.intoArray(out, o + lanes);
    b1.intoArray(out, o + lanes + vl);
  }

  private static void oneRowOneVector(
      int r,
      int l,
      int columns,
      float[] matrix,
      int m,
      int[] xRow,
      float[] x,
      float[] out,
      int lanes,
      boolean accumulate) {
    int o = r * lanes + l;
    FloatVector a = accumulate ? FloatVector.fromArray(SPECIES, out, o) : FloatVector.zero(SPECIES);
    for (int c = 0; c < columns; c++) {
      a =
          FloatVector.fromArray(SPECIES, x, (xRow == null ? c : xRow[c]) * lanes + l)
              .fma(FloatVector.broadcast(SPECIES, matrix[m + c]), a);
    }
    a.intoArray(out, o);
  }

  // Eight vectors of y in registers while the m stretches of x go by: eight independent chains of
  // additions, two loads per two additions, y loaded and stored once per run of 64 floats.
  @Override
  public void addRows(float[] x, int[] offset, int m, float[] y, int yo, int n) {
    int vl = SPECIES.length();
    int i = 0;
    for (; i + 8 * vl <= n; i += 8 * vl) {
      int p = yo + i;
      FloatVector a0 = FloatVector.fromArray(SPECIES, y, p);
      FloatVector a1 = FloatVector.fromArray(SPECIES, y, p + vl);
      FloatVector a2 = FloatVector.fromArray(SPECIES, y, p + 2 * vl);
      FloatVector a3 = FloatVector.fromArray(SPECIES, y, p + 3 * vl);
      FloatVector a4 = FloatVector.fromArray(SPECIES, y, p + 4 * vl);
      FloatVector a5 = FloatVector.fromArray(SPECIES, y, p + 5 * vl);
      FloatVector a6 = FloatVector.fromArray(SPECIES, y, p + 6 * vl);
      FloatVector a7 = FloatVector.fromArray(SPECIES, y, p + 7 * vl);
      for (int q = 0; q < m; q++) {
        int o = offset[q] + i;
        a0 = a0.add(FloatVector.fromArray(SPECIES, x, o));
        a1 = a1.add(FloatVector.fromArray(SPECIES, x, o + vl));
        a2 = a2.add(FloatVector.fromArray(SPECIES, x, o + 2 * vl));
        a3 = a3.add(FloatVector.fromArray(SPECIES, x, o + 3 * vl));
        a4 = a4.add(FloatVector.fromArray(SPECIES, x, o + 4 * vl));
        a5 = a5.add(FloatVector.fromArray(SPECIES, x, o + 5 * vl));
        a6 = a6.add(FloatVector.fromArray(SPECIES, x, o + 6 * vl));
        a7 = a7.add(FloatVector.fromArray(SPECIES, x, o + 7 * vl));
      }
      a0.intoArray(y, p);
      a1.intoArray(y, p + vl);
      a2.intoArray(y, p + 2 * vl);
      a3.intoArray(y, p + 3 * vl);
      a4.intoArray(y, p + 4 * vl);
      a5.intoArray(y, p + 5 * vl);
      a6.intoArray(y, p + 6 * vl);
      a7.intoArray(y, p + 7 * vl);
    }
    for (; i + vl <= n; i += vl) {
      FloatVector a = FloatVector.fromArray(SPECIES, y, yo + i);
      for (int q = 0; q < m; q++) {
        a = a.add(FloatVector.fromArray(SPECIES, x, offset[q] + i));
      }
      a.intoArray(y, yo + i);
    }
    for (; i < n; i++) {
      float a = y[yo + i];
      for (int q = 0; q < m; q++) {
        a += x[offset[q] + i];
      }
      y[yo + i] = a;
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

  @Override
  public void fire(
      float[] x,
      float threshold,
      float[] spike,
      int neurons,
      int lanes,
      int lanesInUse,
      long[] masks) {
    int vl = SPECIES.length();
    if (lanesInUse != lanes || lanes % vl != 0 || lanes > Long.SIZE) {
      scalar.fire(x, threshold, spike, neurons, lanes, lanesInUse, masks);
      return;
    }
    if (lanes == 4 * vl) {
      fireFourVectors(x, threshold, spike, neurons, masks);
      return;
    }
    FloatVector zero = FloatVector.zero(SPECIES);
    FloatVector one = FloatVector.broadcast(SPECIES, 1f);
    for (int j = 0; j < neurons; j++) {
      int o = j * lanes;
      long mask = 0;
      for (int l = 0; l < lanes; l += vl) {
        VectorMask<Float> fired =
            FloatVector.fromArray(SPECIES, x, o + l).compare(VectorOperators.GT, threshold);
        FloatVector s = zero.blend(one, fired);
        s.intoArray(spike, o + l);
        if (masks != null) {
          int bits =
              s.reinterpretAsInts()
                  .lanewise(VectorOperators.LSHR, 23)
                  .and(1)
                  .mul(LANE_BITS[0])
                  .reduceLanes(VectorOperators.OR);
          mask |= (long) bits << l;
        }
      }
      if (masks != null) {
        masks[j] = mask;
      }
    }
  }

  // 32 lanes: the four vectors of a neuron in registers, one test for a spike in any of them.
  private static void fireFourVectors(
      float[] x, float threshold, float[] spike, int neurons, long[] masks) {
    int vl = SPECIES.length();
    int lanes = 4 * vl;
    FloatVector zero = FloatVector.zero(SPECIES);
    FloatVector one = FloatVector.broadcast(SPECIES, 1f);
    FloatVector thr = FloatVector.broadcast(SPECIES, threshold);
    for (int j = 0; j < neurons; j++) {
      int o = j * lanes;
      VectorMask<Float> f0 = FloatVector.fromArray(SPECIES, x, o).compare(VectorOperators.GT, thr);
      VectorMask<Float> f1 =
          FloatVector.fromArray(SPECIES, x, o + vl).compare(VectorOperators.GT, thr);
      VectorMask<Float> f2 =
          FloatVector.fromArray(SPECIES, x, o + 2 * vl).compare(VectorOperators.GT, thr);
      VectorMask<Float> f3 =
          FloatVector.fromArray(SPECIES, x, o + 3 * vl).compare(VectorOperators.GT, thr);
      FloatVector s0 = zero.blend(one, f0);
      FloatVector s1 = zero.blend(one, f1);
      FloatVector s2 = zero.blend(one, f2);
      FloatVector s3 = zero.blend(one, f3);
      s0.intoArray(spike, o);
      s1.intoArray(spike, o + vl);
      s2.intoArray(spike, o + 2 * vl);
      s3.intoArray(spike, o + 3 * vl);
      if (masks != null) {
        // The four vectors' lane bits shifted to their places, one reduction for all 32 lanes,
        // instead of reading a fired neuron's lanes back one by one (at the benchmark network's
        // rate half the neurons fire in some lane). A spike's 1.0f (0x3f800000) has bit 23 set, a 0
        // none: that bit, to lane i's place. Written out four times on purpose: with the step in a
        // helper method returning the vector, C2 in some runs left the Vector API's Java fallbacks
        // in place (objects per operation, several times slower).
        IntVector bits =
            s0.reinterpretAsInts()
                .lanewise(VectorOperators.LSHR, 23)
                .and(1)
                .mul(LANE_BITS[0])
                .or(
                    s1.reinterpretAsInts()
                        .lanewise(VectorOperators.LSHR, 23)
                        .and(1)
                        .mul(LANE_BITS[1]))
                .or(
                    s2.reinterpretAsInts()
                        .lanewise(VectorOperators.LSHR, 23)
                        .and(1)
                        .mul(LANE_BITS[2]))
                .or(
                    s3.reinterpretAsInts()
                        .lanewise(VectorOperators.LSHR, 23)
                        .and(1)
                        .mul(LANE_BITS[3]));
        masks[j] = bits.reduceLanes(VectorOperators.OR) & 0xffffffffL;
      }
    }
  }

  @Override
  public void fastSigmoidDerivative(
      float[] v, float thr, float slope, int from, int to, float[] out, int outOffset) {
    int vl = SPECIES.length();
    int shift = outOffset - from;
    FloatVector one = FloatVector.broadcast(SPECIES, 1f);
    int k = from;
    for (; k + vl <= to; k += vl) {
      FloatVector d = FloatVector.fromArray(SPECIES, v, k).sub(thr).abs().mul(slope).add(one);
      one.div(d.mul(d)).intoArray(out, k + shift);
    }
    scalar.fastSigmoidDerivative(v, thr, slope, k, to, out, outOffset + k - from);
  }

  @Override
  public void subtractScaled(float[] dz, float thr, float[] next, int n) {
    int vl = SPECIES.length();
    int e = 0;
    for (; e + vl <= n; e += vl) {
      FloatVector.fromArray(SPECIES, dz, e)
          .sub(FloatVector.fromArray(SPECIES, next, e).mul(thr))
          .intoArray(dz, e);
    }
    for (; e < n; e++) {
      dz[e] = dz[e] - thr * next[e];
    }
  }

  @Override
  public void leakyAdjoint(
      float[] dz,
      float[] derivative,
      int offset,
      float[] decay,
      float[] next,
      float[] out,
      int neurons,
      int lanes) {
    int vl = SPECIES.length();
    if (lanes % vl != 0) {
      scalar.leakyAdjoint(dz, derivative, offset, decay, next, out, neurons, lanes);
      return;
    }
    for (int j = 0; j < neurons; j++) {
      FloatVector a = FloatVector.broadcast(SPECIES, decay[j]);
      for (int e = j * lanes; e < (j + 1) * lanes; e += vl) {
        FloatVector.fromArray(SPECIES, dz, e)
            .mul(FloatVector.fromArray(SPECIES, derivative, offset + e))
            .add(a.mul(FloatVector.fromArray(SPECIES, next, e)))
            .intoArray(out, e);
      }
    }
  }

  @Override
  public void synapticAdjoint(
      float[] dv, float[] decay, float[] next, float[] di, float[] out, int neurons, int lanes) {
    int vl = SPECIES.length();
    if (lanes % vl != 0) {
      scalar.synapticAdjoint(dv, decay, next, di, out, neurons, lanes);
      return;
    }
    for (int j = 0; j < neurons; j++) {
      FloatVector s = FloatVector.broadcast(SPECIES, decay[j]);
      FloatVector gain = FloatVector.broadcast(SPECIES, 1f - decay[j]);
      for (int e = j * lanes; e < (j + 1) * lanes; e += vl) {
        FloatVector d =
            FloatVector.fromArray(SPECIES, dv, e)
                .add(s.mul(FloatVector.fromArray(SPECIES, next, e)));
        d.intoArray(di, e);
        gain.mul(d).intoArray(out, e);
      }
    }
  }

  @Override
  public void alifFeedback(
      float[] dz,
      float thr,
      float[] beta,
      float[] adaptation,
      int offset,
      float[] dvNext,
      float[] dbNext,
      int neurons,
      int lanes) {
    int vl = SPECIES.length();
    if (lanes % vl != 0) {
      scalar.alifFeedback(dz, thr, beta, adaptation, offset, dvNext, dbNext, neurons, lanes);
      return;
    }
    for (int j = 0; j < neurons; j++) {
      FloatVector bj = FloatVector.broadcast(SPECIES, beta[j]);
      for (int e = j * lanes; e < (j + 1) * lanes; e += vl) {
        FloatVector threshold =
            bj.mul(FloatVector.fromArray(SPECIES, adaptation, offset + e)).add(thr);
        FloatVector.fromArray(SPECIES, dz, e)
            .sub(threshold.mul(FloatVector.fromArray(SPECIES, dvNext, e)))
            .add(FloatVector.fromArray(SPECIES, dbNext, e))
            .intoArray(dz, e);
      }
    }
  }

  @Override
  public void alifAdjoint(
      float[] dz,
      float[] derivative,
      float[] spikes,
      int offset,
      float[] decay,
      float[] rho,
      float[] beta,
      float[] dvNext,
      float[] dbNext,
      float[] dv,
      float[] db,
      int neurons,
      int lanes) {
    int vl = SPECIES.length();
    if (lanes % vl != 0) {
      scalar.alifAdjoint(
          dz, derivative, spikes, offset, decay, rho, beta, dvNext, dbNext, dv, db, neurons, lanes);
      return;
    }
    for (int j = 0; j < neurons; j++) {
      FloatVector aj = FloatVector.broadcast(SPECIES, decay[j]);
      FloatVector rj = FloatVector.broadcast(SPECIES, rho[j]);
      FloatVector bj = FloatVector.broadcast(SPECIES, beta[j]);
      for (int e = j * lanes; e < (j + 1) * lanes; e += vl) {
        FloatVector dx =
            FloatVector.fromArray(SPECIES, dz, e)
                .mul(FloatVector.fromArray(SPECIES, derivative, offset + e));
        FloatVector next = FloatVector.fromArray(SPECIES, dvNext, e);
        dx.add(aj.mul(next)).intoArray(dv, e);
        FloatVector z = FloatVector.fromArray(SPECIES, spikes, offset + e);
        rj.mul(FloatVector.fromArray(SPECIES, dbNext, e))
            .sub(bj.mul(dx.add(z.mul(next))))
            .intoArray(db, e);
      }
    }
  }

  @Override
  public void cubaMembrane(
      float[] i,
      float[] v,
      float[] decayMem,
      float[] decaySyn,
      float[] current,
      float[] spike,
      float thr,
      float[] synaptic,
      int neurons,
      int lanes) {
    int vl = SPECIES.length();
    if (lanes % vl != 0) {
      scalar.cubaMembrane(i, v, decayMem, decaySyn, current, spike, thr, synaptic, neurons, lanes);
      return;
    }
    for (int j = 0; j < neurons; j++) {
      FloatVector a = FloatVector.broadcast(SPECIES, decayMem[j]);
      FloatVector s = FloatVector.broadcast(SPECIES, decaySyn[j]);
      FloatVector gain = FloatVector.broadcast(SPECIES, 1f - decaySyn[j]);
      for (int e = j * lanes; e < (j + 1) * lanes; e += vl) {
        FloatVector in = FloatVector.fromArray(SPECIES, current, e);
        FloatVector old = FloatVector.fromArray(SPECIES, i, e);
        if (synaptic != null) {
          old.sub(in).intoArray(synaptic, e);
        }
        FloatVector syn = s.mul(old).add(gain.mul(in));
        syn.intoArray(i, e);
        a.mul(FloatVector.fromArray(SPECIES, v, e))
            .add(syn)
            .sub(FloatVector.fromArray(SPECIES, spike, e).mul(thr))
            .intoArray(v, e);
      }
    }
  }

  @Override
  public void alifMembrane(
      float[] v,
      float[] b,
      float[] x,
      float[] decay,
      float[] rho,
      float[] beta,
      float[] current,
      float[] spike,
      float thr,
      int neurons,
      int lanes) {
    int vl = SPECIES.length();
    if (lanes % vl != 0) {
      scalar.alifMembrane(v, b, x, decay, rho, beta, current, spike, thr, neurons, lanes);
      return;
    }
    for (int j = 0; j < neurons; j++) {
      FloatVector a = FloatVector.broadcast(SPECIES, decay[j]);
      FloatVector r = FloatVector.broadcast(SPECIES, rho[j]);
      FloatVector bj = FloatVector.broadcast(SPECIES, beta[j]);
      for (int e = j * lanes; e < (j + 1) * lanes; e += vl) {
        FloatVector z = FloatVector.fromArray(SPECIES, spike, e);
        FloatVector adaptation = FloatVector.fromArray(SPECIES, b, e);
        FloatVector membrane =
            a.mul(FloatVector.fromArray(SPECIES, v, e))
                .add(FloatVector.fromArray(SPECIES, current, e))
                .sub(bj.mul(adaptation).add(thr).mul(z));
        membrane.intoArray(v, e);
        FloatVector raised = r.mul(adaptation).add(z);
        raised.intoArray(b, e);
        membrane.sub(bj.mul(raised).add(thr)).intoArray(x, e);
      }
    }
  }

  @Override
  public void lifMembrane(
      float[] v, float[] decay, float[] current, float[] spike, float thr, int neurons, int lanes) {
    int vl = SPECIES.length();
    if (lanes % vl != 0) {
      scalar.lifMembrane(v, decay, current, spike, thr, neurons, lanes);
      return;
    }
    for (int j = 0; j < neurons; j++) {
      FloatVector a = FloatVector.broadcast(SPECIES, decay[j]);
      for (int e = j * lanes; e < (j + 1) * lanes; e += vl) {
        FloatVector.fromArray(SPECIES, v, e)
            .mul(a)
            .add(FloatVector.fromArray(SPECIES, current, e))
            .sub(FloatVector.fromArray(SPECIES, spike, e).mul(thr))
            .intoArray(v, e);
      }
    }
  }
}
