package org.rewire.it.deepr;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.rewire.api.Connectivity;
import org.rewire.api.ElementUsage;
import org.rewire.api.HopProfile;
import org.rewire.api.HopTarget;
import org.rewire.api.Layout;
import org.rewire.api.MappingReport;
import org.rewire.api.MemoryEstimate;

/**
 * A test-only grid of {@code rows x cols} tiles of {@code tileSize} neurons with Mosaic's hop
 * distance (PAPER.md section 1), so the sparsifier tests do not depend on the Mosaic plugin. Inputs
 * drive the first tile, outputs are the last {@code outputs} neurons (the last tile). {@link #map}
 * only counts routed links into each tile (no routing, no capacities); {@link #estimate} is not
 * supported.
 */
record MosaicGrid(int rows, int cols, int tileSize, int outputs) implements HopTarget {

  /** The Mosaic hop distance: 0, 1 if adjacent, 2m+1 along a row or column, else 2m-1. */
  static int hops(int rows, int cols, int from, int to) {
    int dr = Math.abs(from / cols - to / cols);
    int dc = Math.abs(from % cols - to % cols);
    int m = dr + dc;
    if (m == 0) {
      return 0;
    }
    if (m == 1) {
      return 1;
    }
    return dr == 0 || dc == 0 ? 2 * m + 1 : 2 * m - 1;
  }

  int cores() {
    return rows * cols;
  }

  int neurons() {
    return cores() * tileSize;
  }

  @Override
  public Layout layout() {
    return Layout.blocks(
        cores(), tileSize, Layout.range(0, tileSize), Layout.range(neurons() - outputs, outputs));
  }

  @Override
  public int distance(int fromCore, int toCore) {
    return hops(rows, cols, fromCore, toCore);
  }

  @Override
  public MappingReport map(Connectivity network) {
    long links = 0;
    List<ElementUsage> elements = new ArrayList<>();
    int[] lines = new int[cores()];
    for (int i = 0; i < network.neurons(); i++) {
      boolean[] reached = new boolean[cores()];
      for (int k = network.rowStart(i); k < network.rowEnd(i); k++) {
        int t = network.target(k) / tileSize;
        if (t != i / tileSize && !reached[t]) {
          reached[t] = true;
          lines[t]++;
          links++;
        }
      }
    }
    for (int c = 0; c < cores(); c++) {
      elements.add(
          new ElementUsage(
              "tile " + c,
              "NT",
              c / cols,
              c % cols,
              (long) lines[c] * tileSize,
              Map.of("in", lines[c]),
              Integer.MAX_VALUE));
    }
    long memory = elements.stream().mapToLong(ElementUsage::memory).sum();
    return new MappingReport(
        "test-mosaic-grid",
        network.neurons(),
        network.synapses(),
        links,
        memory,
        elements,
        List.of());
  }

  @Override
  public MemoryEstimate estimate(HopProfile profile, int samples, long seed) {
    throw new UnsupportedOperationException("the test grid has no memory proxy");
  }
}
