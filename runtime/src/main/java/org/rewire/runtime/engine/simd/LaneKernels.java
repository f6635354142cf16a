package org.rewire.runtime.engine.simd;

/**
 * The engine's hot loop, over a block of {@code lanes} samples stored lane-minor (element {@code
 * (neuron, lane)} at {@code neuron * lanes + lane}). Implementations must give bit-identical
 * results, so the summation order is part of the contract: a row's {@code i}-th active synapse
 * goes, by fused multiply-add, into partial sum {@code i mod P} (each starting from 0), with {@code
 * P = } {@link #partials(int) partials(lanes)}, and the result is {@code (p0 + p1) + (p2 + p3)} for
 * {@code P = 4}, {@code p0 + p1} for {@code P = 2}, {@code p0} for {@code P = 1}. About eight
 * independent vector accumulators (lanes / 8 vectors times {@code P} chains) keep both FMA units
 * busy instead of waiting on one chain's latency.
 */
public interface LaneKernels {

  /**
   * The number of partial sums per output for a block of {@code lanes}: {@code 64 / lanes} clamped
   * to {@code [1, 4]} (4 up to 16 lanes, 2 for 32, 1 from 64 on).
   */
  static int partials(int lanes) {
    return Math.max(1, Math.min(4, 64 / lanes));
  }

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

  /** {@code y[yo + i] += x[xo + i]} for {@code i} in {@code [0, n)}. */
  void addInto(float[] x, int xo, float[] y, int yo, int n);

  /**
   * The recurrent input of one step, gathered: for every column {@code c} in {@code [0, columns)}
   * and lane {@code l}, {@code out[c * lanes + l] += weight[k] * spike[row[k] * lanes + l]} for the
   * column's slots {@code k} in {@code [columnStart[c], columnStart[c] + columnLength[c])}, one
   * addition per slot in slot order, on the running value of {@code out}. With the slots of each
   * column in ascending row order and spikes 0 or 1, every element receives the same terms in the
   * same order as from the lane-by-lane event scatter over the untransposed matrix ({@link
   * EventKernels#scatterRows}, plus {@code w * 0} for silent lanes), so the two give equal values;
   * this one costs one multiply-add per synapse and lane whatever the firing rate, the other one
   * addition per spike and fan-out.
   */
  void addSpikingColumns(
      int columns,
      int[] columnStart,
      int[] columnLength,
      int[] row,
      float[] weight,
      float[] spike,
      float[] out,
      int lanes);
}
