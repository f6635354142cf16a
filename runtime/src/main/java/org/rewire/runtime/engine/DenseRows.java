package org.rewire.runtime.engine;

/**
 * The recurrent rows whose weight gradients the backward pass accumulates densely: rows with a
 * fan-out of at least {@code n / fanOutFraction} (a quarter of the neurons by default). For such a
 * row each spike adds the lane's whole delta row ({@code n} contiguous floats, vectorized; {@link
 * org.rewire.runtime.engine.simd.LaneKernels#addRows}) to a dense row of gradients, taken into the
 * row's synapses at the end; gathering one delta per synapse instead costs about four cycles each
 * on the machines measured (scattered loads that wait on each other), which dominated dense,
 * high-rate training. Per synapse both add the same terms in the same order (steps descending,
 * lanes ascending, from 0), so the choice changes no value.
 *
 * <p>Renumbered from the store by {@link #rebuild} before each pass; the dense gradients take
 * {@code dense rows x n} floats per block. Not thread-safe (the training thread rebuilds, workers
 * only read).
 */
final class DenseRows {
  /** Rows with a fan-out of at least {@code n / 4} go dense. */
  static final int DEFAULT_FAN_OUT_FRACTION = 4;

  private final int fanOutFraction;
  private int[] index = new int[0];
  private int count;

  /**
   * Dense rows from a fan-out of {@code n / fanOutFraction}; 0 for none (every row gathers).
   *
   * @throws IllegalArgumentException if {@code fanOutFraction < 0}
   */
  DenseRows(int fanOutFraction) {
    if (fanOutFraction < 0) {
      throw new IllegalArgumentException("fanOutFraction must be >= 0, got " + fanOutFraction);
    }
    this.fanOutFraction = fanOutFraction;
  }

  /** Numbers the dense rows of {@code rec}. */
  void rebuild(SynapseStore rec) {
    int n = rec.rows();
    if (index.length != n) {
      index = new int[n];
    }
    int[] rowLength = rec.rowLengthArray();
    count = 0;
    for (int i = 0; i < n; i++) {
      boolean dense = fanOutFraction > 0 && (long) rowLength[i] * fanOutFraction >= n;
      index[i] = dense ? count++ : -1;
    }
  }

  /** The per-row dense numbers, -1 for rows that gather. */
  int[] indexArray() {
    return index;
  }

  /** How many rows are dense. */
  int count() {
    return count;
  }
}
