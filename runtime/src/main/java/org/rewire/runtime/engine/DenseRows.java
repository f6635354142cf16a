package org.rewire.runtime.engine;

/**
 * The recurrent rows with a large fan-out, written out densely: row {@code i} as {@code n} floats
 * (0 where there is no synapse). Adding a whole dense row to a lane's currents is a contiguous,
 * vectorized loop of {@code n / 8} AVX2 additions; scattering its synapses one at a time costs
 * about four cycles each on the machines measured (the scattered read-modify-writes wait on each
 * other). So rows with at least {@code n / }{@value #FAN_OUT_FRACTION} synapses go dense, in the
 * forward pass (spikes add the row) and in the weight gradient (spikes add the lane's delta row,
 * see {@code LaneBlock}); the others stay event-driven. Either way every element receives the same
 * terms in the same order, so the choice changes no value (an absent synapse adds {@code +0}).
 *
 * <p>Rebuilt from the store and the pass's weights by {@link #rebuild} before each pass, in {@code
 * O(dense rows x n)}; not thread-safe (the training thread rebuilds, workers only read).
 */
final class DenseRows {
  /** A row is dense when its fan-out is at least {@code n / FAN_OUT_FRACTION}. */
  static final int FAN_OUT_FRACTION = Integer.getInteger("rewire.denseFraction", 4);

  /** Dense rows take at most this many floats ({@code n x n} up to 4096 neurons, 64 MiB). */
  static final long MAX_FLOATS = 4096L * 4096L;

  private int[] index = new int[0];
  private float[] rows = new float[0];
  private int count;

  /** Writes out the dense rows of {@code rec} with {@code weights} (by slot of {@code rec}). */
  void rebuild(SynapseStore rec) {
    int n = rec.rows();
    if (index.length != n) {
      index = new int[n];
    }
    int[] rowStart = rec.rowStartArray();
    int[] rowLength = rec.rowLengthArray();
    int[] column = rec.columnArray();
    count = 0;
    for (int i = 0; i < n; i++) {
      boolean dense =
          (long) rowLength[i] * FAN_OUT_FRACTION >= n && (long) (count + 1) * n <= MAX_FLOATS;
      index[i] = dense ? count++ : -1;
    }
  }

  /** The dense number of row {@code i}, or -1 when it stays sparse. */
  int index(int i) {
    return index[i];
  }

  /** The per-row dense numbers, -1 for sparse rows. */
  int[] indexArray() {
    return index;
  }

  /** How many rows are dense. */
  int count() {
    return count;
  }

  /** Dense row {@code d} at {@code d * n}. */
  float[] rows() {
    return rows;
  }
}
