package org.rewire.runtime.engine.simd;

/**
 * The engine's hot loop, over a block of {@code lanes} samples stored lane-minor (element {@code
 * (neuron, lane)} at {@code neuron * lanes + lane}). Implementations must give bit-identical
 * results, so the summation order is part of the contract: a row's {@code i}-th active synapse
 * goes, by fused multiply-add, into partial sum {@code i mod 4} (each starting from 0), and the
 * result is {@code (p0 + p1) + (p2 + p3)}. Four independent chains keep the FMA units busy instead
 * of waiting on one chain's latency.
 */
public interface LaneKernels {

  /** Name for logs and the {@code rewire.simd} property: {@code scalar} or {@code vector}. */
  String name();

  /**
   * For rows {@code r} in {@code [from, to)} and lanes {@code l}: {@code out[r * lanes + l] = sum_k
   * weight[k] * x[column[k] * lanes + l]} over the row's active slots {@code k} in {@code
   * [rowStart[r], rowStart[r] + rowLength[r])}, accumulated with {@code fma} in slot order.
   */
  void rowDots(
      int from,
      int to,
      int[] rowStart,
      int[] rowLength,
      int[] column,
      float[] weight,
      float[] x,
      float[] out,
      int lanes);

  /**
   * The recurrent input of one step: for rows {@code r} in {@code [0, rows)} ascending and the
   * lanes {@code l} where {@code spike[r * lanes + l] != 0}, {@code out[column[k] * lanes + l] +=
   * weight[k]} for the row's active slots {@code k} in slot order. Each element therefore receives
   * its terms in ascending row order, one float addition at a time, and lanes that did not spike
   * are left untouched (not even {@code + 0}).
   */
  void addSpikingRows(
      int rows,
      int[] rowStart,
      int[] rowLength,
      int[] column,
      float[] weight,
      float[] spike,
      float[] out,
      int lanes);
}
