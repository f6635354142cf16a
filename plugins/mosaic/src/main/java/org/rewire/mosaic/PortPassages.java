package org.rewire.mosaic;

import java.util.Arrays;

/**
 * Which routes pass which port: for a port, the (source tile, destination tile) pairs whose 1-turn
 * route uses it, so a violation can blame exactly the synapses behind the lines through that port.
 * Routes every pair of tiles once ({@code tiles^2} routes of at most {@link
 * OneTurnRouter#maxPathPorts()} ports each) and indexes them by port; built only when a mapping has
 * violations. Immutable once built.
 */
final class PortPassages {
  private final int pairs;
  private final int[] start;
  private final int[] pairsByPort;

  PortPassages(TileGrid grid, OneTurnRouter router) {
    int tiles = grid.tiles();
    this.pairs = tiles * tiles;
    int portCount = grid.elements() * TileGrid.PORTS;
    int[] path = new int[router.maxPathPorts()];
    int[] count = new int[portCount + 1];
    for (int s = 0; s < tiles; s++) {
      for (int t = 0; t < tiles; t++) {
        int len = router.route(s, t, path);
        for (int k = 0; k < len; k++) {
          count[path[k] + 1]++;
        }
      }
    }
    for (int p = 0; p < portCount; p++) {
      count[p + 1] += count[p];
    }
    this.start = count.clone();
    this.pairsByPort = new int[count[portCount]];
    int[] next = Arrays.copyOf(count, portCount);
    for (int s = 0; s < tiles; s++) {
      for (int t = 0; t < tiles; t++) {
        int len = router.route(s, t, path);
        for (int k = 0; k < len; k++) {
          pairsByPort[next[path[k]]++] = s * tiles + t;
        }
      }
    }
  }

  /**
   * For port number {@code port} ({@code element * 8 + port}), whether the route of each tile pair
   * {@code source * tiles + destination} passes it.
   */
  boolean[] tilePairsThrough(int port) {
    boolean[] through = new boolean[pairs];
    for (int k = start[port]; k < start[port + 1]; k++) {
      through[pairsByPort[k]] = true;
    }
    return through;
  }
}
