package org.rewire.mosaic;

import java.util.Arrays;
import org.rewire.api.Connectivity;

/**
 * Neuron-to-tile links: for each neuron, the other tiles it sends a routed line to (ascending, no
 * repeats, never its own tile). The links inside a neuron's own tile are implicit: a tile's
 * crossbar is dense. Immutable.
 */
public final class TileLinks {
  private final TileGrid grid;
  private final int[] rowStart;
  private final int[] tiles;

  TileLinks(TileGrid grid, int[] rowStart, int[] tiles) {
    this.grid = grid;
    this.rowStart = rowStart;
    this.tiles = tiles;
  }

  /** The grid the links are on. */
  public TileGrid grid() {
    return grid;
  }

  /** Number of neurons. */
  public int neurons() {
    return rowStart.length - 1;
  }

  /** Number of links. */
  public int count() {
    return tiles.length;
  }

  /** Index of the first link of {@code neuron}. */
  public int rowStart(int neuron) {
    return rowStart[neuron];
  }

  /** One past the index of the last link of {@code neuron}. */
  public int rowEnd(int neuron) {
    return rowStart[neuron + 1];
  }

  /** The destination tile of link {@code k}. */
  public int tile(int k) {
    return tiles[k];
  }

  /** How many links leave tile {@code source} for tiles at hop distance {@code distance}. */
  public int count(int source, int distance) {
    int n = 0;
    int first = source * grid.tileSize();
    for (int i = first; i < first + grid.tileSize(); i++) {
      for (int k = rowStart[i]; k < rowStart[i + 1]; k++) {
        if (grid.distance(source, tiles[k]) == distance) {
          n++;
        }
      }
    }
    return n;
  }

  /**
   * The synapses these links stand for: neuron {@code i} connects to every neuron of its own tile
   * (the dense crossbar, {@code i -> i} included) and of every tile it links to.
   */
  public Connectivity toConnectivity() {
    int size = grid.tileSize();
    int n = neurons();
    int[] start = new int[n + 1];
    for (int i = 0; i < n; i++) {
      start[i + 1] = start[i] + (rowStart[i + 1] - rowStart[i] + 1) * size;
    }
    int[] targets = new int[start[n]];
    int[] row = new int[0];
    for (int i = 0; i < n; i++) {
      int links = rowStart[i + 1] - rowStart[i];
      if (row.length < links + 1) {
        row = new int[links + 1];
      }
      System.arraycopy(tiles, rowStart[i], row, 0, links);
      row[links] = grid.tileOf(i);
      Arrays.sort(row, 0, links + 1);
      int t = start[i];
      for (int k = 0; k <= links; k++) {
        int first = row[k] * size;
        for (int j = 0; j < size; j++) {
          targets[t++] = first + j;
        }
      }
    }
    return Connectivity.ofRows(n, start, targets);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TileLinks l
        && Arrays.equals(rowStart, l.rowStart)
        && Arrays.equals(tiles, l.tiles);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(rowStart) + Arrays.hashCode(tiles);
  }

  @Override
  public String toString() {
    return "TileLinks[neurons=" + neurons() + ", links=" + tiles.length + "]";
  }
}
