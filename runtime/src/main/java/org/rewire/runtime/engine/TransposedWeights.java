package org.rewire.runtime.engine;

/**
 * The recurrent weights column by column ({@code W^T}): for each postsynaptic neuron {@code j}, its
 * presynaptic neurons in ascending order and their weights. When many neurons fired, the forward
 * pass gathers each neuron's recurrent input from this ({@link
 * org.rewire.runtime.engine.simd.LaneKernels#addSpikingColumns}) instead of scattering every
 * spike's fan-out ({@link org.rewire.runtime.engine.simd.EventKernels#scatterRows}); both add the
 * terms of an element in ascending presynaptic order, so they give the same currents.
 *
 * <p>Rebuilt from the store's structure and the pass's weights by {@link #rebuild} in {@code
 * O(synapses)}; not thread-safe (the training thread rebuilds, workers only read).
 */
final class TransposedWeights {
  private int[] start = new int[0];
  private int[] length = new int[0];
  private int[] fill = new int[0];
  private int[] presynaptic = new int[0];
  private float[] weight = new float[0];

  /** Transposes {@code rec}'s active synapses with {@code weights} (by slot of {@code rec}). */
  void rebuild(SynapseStore rec, float[] weights) {
    int n = rec.rows();
    if (length.length != n) {
      start = new int[n];
      length = new int[n];
      fill = new int[n];
    } else {
      java.util.Arrays.fill(length, 0);
      java.util.Arrays.fill(fill, 0);
    }
    int[] rowStart = rec.rowStartArray();
    int[] rowLength = rec.rowLengthArray();
    int[] column = rec.columnArray();
    int total = 0;
    for (int i = 0; i < n; i++) {
      for (int k = rowStart[i]; k < rowStart[i] + rowLength[i]; k++) {
        length[column[k]]++;
      }
      total += rowLength[i];
    }
    if (presynaptic.length < total) {
      presynaptic = new int[total];
      weight = new float[total];
    }
    int offset = 0;
    for (int j = 0; j < n; j++) {
      start[j] = offset;
      offset += length[j];
    }
    for (int i = 0; i < n; i++) {
      for (int k = rowStart[i]; k < rowStart[i] + rowLength[i]; k++) {
        int j = column[k];
        int q = start[j] + fill[j]++;
        presynaptic[q] = i;
        weight[q] = weights[k];
      }
    }
  }

  int[] start() {
    return start;
  }

  int[] length() {
    return length;
  }

  int[] presynaptic() {
    return presynaptic;
  }

  float[] weight() {
    return weight;
  }
}
