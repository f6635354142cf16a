package org.rewire.it.deepr;

import java.util.ArrayList;
import java.util.List;
import org.rewire.api.SparseNetwork;

/**
 * Reads neuron-to-tile links back from a network's synapses, independently of the sparsifier's own
 * bookkeeping: link {@code (i, T)} is on when any synapse {@code i -> j}, {@code j} on {@code T},
 * is active. Numbered {@code i * cores + T}.
 */
final class Links {
  private Links() {}

  /** Active inter-tile links, ascending. */
  static List<Integer> active(SparseNetwork network, MosaicGrid grid) {
    List<Integer> links = new ArrayList<>();
    int size = grid.tileSize();
    for (int i = 0; i < grid.neurons(); i++) {
      for (int t = 0; t < grid.cores(); t++) {
        if (t == i / size) {
          continue;
        }
        for (int j = t * size; j < (t + 1) * size; j++) {
          if (network.active(i, j)) {
            links.add(i * grid.cores() + t);
            break;
          }
        }
      }
    }
    return links;
  }

  /** Active links per (source tile, hop distance): {@code [S][d]}, d up to the grid's largest. */
  static int[][] perGroup(SparseNetwork network, MosaicGrid grid) {
    int[][] count = new int[grid.cores()][maxDistance(grid) + 1];
    for (int link : active(network, grid)) {
      int s = link / grid.cores() / grid.tileSize();
      count[s][grid.distance(s, link % grid.cores())]++;
    }
    return count;
  }

  /**
   * The paper's budget {@code K[S, d] = round(p_d * S_size * #{T : D(S,T) = d})}, written out for
   * the tests (every inter-tile link has allowed synapses in them).
   */
  static int[][] budget(MosaicGrid grid, double[] fractionByDistance) {
    int[][] k = new int[grid.cores()][maxDistance(grid) + 1];
    for (int s = 0; s < grid.cores(); s++) {
      for (int d = 1; d < k[s].length; d++) {
        int tiles = 0;
        for (int t = 0; t < grid.cores(); t++) {
          tiles += t != s && grid.distance(s, t) == d ? 1 : 0;
        }
        double p = d < fractionByDistance.length ? fractionByDistance[d] : 0;
        k[s][d] = (int) Math.round(p * grid.tileSize() * tiles);
      }
    }
    return k;
  }

  /** Whether each active link has every allowed synapse of its block active, and tiles are full. */
  static boolean maskIsWholeLinks(SparseNetwork network, MosaicGrid grid) {
    int size = grid.tileSize();
    for (int i = 0; i < grid.neurons(); i++) {
      for (int t = 0; t < grid.cores(); t++) {
        boolean any = false;
        boolean all = true;
        for (int j = t * size; j < (t + 1) * size; j++) {
          if (network.allowed(i, j)) {
            any |= network.active(i, j);
            all &= network.active(i, j);
          }
        }
        boolean intra = t == i / size;
        if ((intra && !all) || (any && !all)) {
          return false;
        }
      }
    }
    return true;
  }

  private static int maxDistance(MosaicGrid grid) {
    int max = 0;
    for (int s = 0; s < grid.cores(); s++) {
      for (int t = 0; t < grid.cores(); t++) {
        max = Math.max(max, grid.distance(s, t));
      }
    }
    return max;
  }
}
