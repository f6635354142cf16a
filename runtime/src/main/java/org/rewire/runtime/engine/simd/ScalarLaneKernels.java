package org.rewire.runtime.engine.simd;

import java.util.Arrays;

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
    rows(from, to, null, rowStart, rowLength, column, weight, x, out, lanes);
  }

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
    rows(from, to, row, rowStart, rowLength, column, weight, x, out, lanes);
  }

  // Row q's partial sums into out's row q, or into row[q] with a map, whose value partial 0 then
  // starts from.
  private static void rows(
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
    int partials = LaneKernels.partials(lanes);
    float[] partial = new float[4 * lanes];
    for (int q = from; q < to; q++) {
      int o = (row == null ? q : row[q]) * lanes;
      Arrays.fill(partial, 0f);
      if (row != null) {
        System.arraycopy(out, o, partial, 0, lanes);
      }
      int s = rowStart[q];
      for (int k = s; k < s + rowLength[q]; k++) {
        fmaInto(weight[k], x, column[k] * lanes, partial, ((k - s) % partials) * lanes, lanes);
      }
      for (int l = 0; l < lanes; l++) {
        out[o + l] =
            partials == 4
                ? (partial[l] + partial[lanes + l])
                    + (partial[2 * lanes + l] + partial[3 * lanes + l])
                : partials == 2 ? partial[l] + partial[lanes + l] : partial[l];
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
    EventKernels.scatterRows(rows, from, to, rowStart, rowLength, column, weight, out, offset);
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
    EventKernels.scatterRowToLanes(r, laneMask, rowStart, rowLength, column, weight, out, stride);
  }

  @Override
  public void gatherRow(
      int from, int to, int[] column, float[] delta, int offset, float[] gradient) {
    EventKernels.gatherRow(from, to, column, delta, offset, gradient);
  }

  @Override
  public void gatherScaledRow(
      int from, int to, int[] column, float x, float[] delta, int offset, float[] gradient) {
    EventKernels.gatherScaledRow(from, to, column, x, delta, offset, gradient);
  }

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
    for (int r = from; r < to; r++) {
      int o = r * lanes;
      if (!accumulate) {
        Arrays.fill(out, o, o + lanes, 0f);
      }
      int m = matrixOffset + (r - from) * columns;
      for (int c = 0; c < columns; c++) {
        fmaInto(matrix[m + c], x, (xRow == null ? c : xRow[c]) * lanes, out, o, lanes);
      }
    }
  }

  @Override
  public void addRows(float[] x, int[] offset, int m, float[] y, int yo, int n) {
    for (int q = 0; q < m; q++) {
      int xo = offset[q];
      for (int i = 0; i < n; i++) {
        y[yo + i] += x[xo + i];
      }
    }
  }

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
    for (int c = 0; c < columns; c++) {
      int s = columnStart[c];
      int e = s + columnLength[c];
      int o = c * lanes;
      for (int l = 0; l < lanes; l++) {
        float acc = out[o + l];
        for (int k = s; k < e; k++) {
          acc += weight[k] * spike[row[k] * lanes + l];
        }
        out[o + l] = acc;
      }
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
    if (masks != null && lanes > Long.SIZE) {
      throw new IllegalArgumentException("lane masks hold 64 lanes, got " + lanes);
    }
    for (int j = 0; j < neurons; j++) {
      int o = j * lanes;
      long m = 0;
      for (int b = 0; b < lanesInUse; b++) {
        boolean fired = x[o + b] > threshold;
        spike[o + b] = fired ? 1f : 0f;
        m |= fired ? 1L << b : 0L;
      }
      if (masks != null) {
        masks[j] = m;
      }
    }
  }

  @Override
  public void fastSigmoidDerivative(
      float[] v, float thr, float slope, int from, int to, float[] out, int outOffset) {
    int shift = outOffset - from;
    for (int k = from; k < to; k++) {
      float d = slope * Math.abs(v[k] - thr) + 1f;
      out[k + shift] = 1f / (d * d);
    }
  }

  @Override
  public void subtractScaled(float[] dz, float thr, float[] next, int n) {
    for (int e = 0; e < n; e++) {
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
    for (int j = 0; j < neurons; j++) {
      float aj = decay[j];
      for (int e = j * lanes; e < (j + 1) * lanes; e++) {
        out[e] = dz[e] * derivative[offset + e] + aj * next[e];
      }
    }
  }

  @Override
  public void synapticAdjoint(
      float[] dv, float[] decay, float[] next, float[] di, float[] out, int neurons, int lanes) {
    for (int j = 0; j < neurons; j++) {
      float sj = decay[j];
      float gain = 1f - sj;
      for (int e = j * lanes; e < (j + 1) * lanes; e++) {
        di[e] = dv[e] + sj * next[e];
        out[e] = gain * di[e];
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
    for (int j = 0; j < neurons; j++) {
      float bj = beta[j];
      for (int e = j * lanes; e < (j + 1) * lanes; e++) {
        dz[e] = dz[e] - (thr + bj * adaptation[offset + e]) * dvNext[e] + dbNext[e];
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
    for (int j = 0; j < neurons; j++) {
      float aj = decay[j];
      float rj = rho[j];
      float bj = beta[j];
      for (int e = j * lanes; e < (j + 1) * lanes; e++) {
        float dx = dz[e] * derivative[offset + e];
        float next = dvNext[e];
        dv[e] = dx + aj * next;
        db[e] = rj * dbNext[e] - bj * (dx + spikes[offset + e] * next);
      }
    }
  }

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
    EventKernels.scatterScaledRow(r, x, rowStart, rowLength, column, weight, out, offset);
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
    for (int j = 0; j < neurons; j++) {
      float aj = decayMem[j];
      float sj = decaySyn[j];
      float gain = 1f - sj;
      for (int e = j * lanes; e < (j + 1) * lanes; e++) {
        if (synaptic != null) {
          synaptic[e] = i[e] - current[e];
        }
        i[e] = sj * i[e] + gain * current[e];
        v[e] = aj * v[e] + i[e] - thr * spike[e];
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
    for (int j = 0; j < neurons; j++) {
      float aj = decay[j];
      float rj = rho[j];
      float bj = beta[j];
      for (int e = j * lanes; e < (j + 1) * lanes; e++) {
        float z = spike[e];
        v[e] = aj * v[e] + current[e] - (thr + bj * b[e]) * z;
        b[e] = rj * b[e] + z;
        x[e] = v[e] - (thr + bj * b[e]);
      }
    }
  }

  @Override
  public void lifMembrane(
      float[] v, float[] decay, float[] current, float[] spike, float thr, int neurons, int lanes) {
    for (int j = 0; j < neurons; j++) {
      float aj = decay[j];
      for (int e = j * lanes; e < (j + 1) * lanes; e++) {
        v[e] = aj * v[e] + current[e] - thr * spike[e];
      }
    }
  }
}
