package org.rewire.runtime.engine.simd;

/**
 * The engine's hot loop, over a block of {@code lanes} samples stored lane-minor (element {@code
 * (neuron, lane)} at {@code neuron * lanes + lane}). Implementations must give bit-identical
 * results: each output lane is a chain of fused multiply-adds in row order, starting from 0.
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
}
