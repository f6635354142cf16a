package org.rewire.runtime.train;

import org.rewire.api.Connectivity;
import org.rewire.runtime.engine.SynapseStore;

/**
 * The network a chip must hold: the active recurrent synapses whose weight, as the chip stores it,
 * is not zero. A weight a sparsifier zeroed (the Mosaic baseline's magnitude pruning), or one whose
 * quantized integer is 0 on a chip with a weight precision, needs no memory on the chip.
 */
final class MappedNetwork {
  private MappedNetwork() {}

  /** The synapses of {@code recurrent} whose weight in {@code weights} (by slot) is not zero. */
  static Connectivity of(SynapseStore recurrent, float[] weights) {
    int n = recurrent.rows();
    int[] columns = recurrent.columnArray();
    int[] rowStart = new int[n + 1];
    int count = 0;
    for (int r = 0; r < n; r++) {
      int s = recurrent.rowStart(r);
      for (int k = s; k < s + recurrent.rowLength(r); k++) {
        if (weights[k] != 0) {
          count++;
        }
      }
      rowStart[r + 1] = count;
    }
    int[] targets = new int[count];
    int next = 0;
    for (int r = 0; r < n; r++) {
      int s = recurrent.rowStart(r);
      int from = next;
      for (int k = s; k < s + recurrent.rowLength(r); k++) {
        if (weights[k] != 0) {
          targets[next++] = columns[k];
        }
      }
      java.util.Arrays.sort(targets, from, next);
    }
    return Connectivity.ofRows(n, rowStart, targets);
  }
}
