package org.rewire.mosaic;

import java.util.EnumMap;
import java.util.Map;

/**
 * Memory devices a tile needs for the lines its ports carry (Weber et al. 2024 and their code):
 *
 * <ul>
 *   <li>NT: {@code (in_N + in_E + in_S + in_W) * tile_size}, the crossbar rows of incoming lines
 *       (the dense intra-tile block is not counted);
 *   <li>R0: {@code 16 * (widest of its 8 ports)^2};
 *   <li>R1: {@code max(2 max(in_N, in_S) + 2 max(in_E, in_W), 2 max(out_N, out_S) + 2 max(out_E,
 *       out_W))^2}.
 * </ul>
 *
 * A port's width is its routed load, except that an R1 in-port fed by a neuron tile is {@code
 * tile_size} wide: a tile's output bus carries all its neurons. Before widths are compared across
 * tiles, R1 routers at (odd, even) positions, whose neuron tiles are West and East, are rotated by
 * 90 degrees so that every R1 has its neuron tiles North and South. A homogeneous chip gives every
 * tile of a type the size computed from that type's worst width port by port. Immutable.
 */
public final class MemoryModel {
  /** R0 memory per squared port width. */
  static final int R0_FACTOR = 16;

  private final TileGrid grid;

  public MemoryModel(TileGrid grid) {
    this.grid = grid;
  }

  /**
   * The port widths of every element, {@code element * 8 + port}, R1 routers rotated so their
   * neuron tiles are North and South.
   */
  public int[] widths(PortLoads loads) {
    int[] w = loads.toArray();
    int size = grid.tileSize();
    int[] port = new int[TileGrid.PORTS];
    for (int gr = 0; gr < grid.gridRows(); gr++) {
      for (int gc = 0; gc < grid.gridCols(); gc++) {
        if (grid.kind(gr, gc) != TileKind.R1) {
          continue;
        }
        int base = grid.element(gr, gc) * TileGrid.PORTS;
        boolean tilesWestEast = (gr & 1) == 1;
        if (tilesWestEast) {
          feedFromTile(w, base, TileGrid.WEST, gc > 0, size);
          feedFromTile(w, base, TileGrid.EAST, gc < grid.gridCols() - 1, size);
          System.arraycopy(w, base, port, 0, TileGrid.PORTS);
          for (int side = 0; side < 4; side++) {
            // Rotate by 90 degrees: West becomes North, North East, East South, South West.
            int rotated = (side + 1) & 3;
            w[base + rotated] = port[side];
            w[base + 4 + rotated] = port[4 + side];
          }
        } else {
          feedFromTile(w, base, TileGrid.NORTH, gr > 0, size);
          feedFromTile(w, base, TileGrid.SOUTH, gr < grid.gridRows() - 1, size);
        }
      }
    }
    return w;
  }

  private static void feedFromTile(int[] w, int base, int side, boolean tileThere, int size) {
    if (tileThere) {
      w[base + side] = size;
    }
  }

  /** The memory of one tile of {@code kind} whose 8 port widths start at {@code w[offset]}. */
  public long memory(TileKind kind, int[] w, int offset) {
    return switch (kind) {
      case NT ->
          ((long) w[offset] + w[offset + 1] + w[offset + 2] + w[offset + 3]) * grid.tileSize();
      case R0 -> {
        long widest = 0;
        for (int p = 0; p < TileGrid.PORTS; p++) {
          widest = Math.max(widest, w[offset + p]);
        }
        yield R0_FACTOR * widest * widest;
      }
      case R1 -> {
        long in =
            2L * Math.max(w[offset], w[offset + 2]) + 2L * Math.max(w[offset + 1], w[offset + 3]);
        long out =
            2L * Math.max(w[offset + 4], w[offset + 6])
                + 2L * Math.max(w[offset + 5], w[offset + 7]);
        long side = Math.max(in, out);
        yield side * side;
      }
    };
  }

  /** Sizes the chip for {@code loads}. */
  public ChipMemory size(PortLoads loads, MemorySizing sizing) {
    int[] w = widths(loads);
    Map<TileKind, int[]> worst = new EnumMap<>(TileKind.class);
    for (TileKind k : TileKind.values()) {
      worst.put(k, new int[TileGrid.PORTS]);
    }
    long[] own = new long[grid.elements()];
    for (int e = 0; e < grid.elements(); e++) {
      TileKind kind = grid.kind(e);
      int[] kw = worst.get(kind);
      for (int p = 0; p < TileGrid.PORTS; p++) {
        kw[p] = Math.max(kw[p], w[e * TileGrid.PORTS + p]);
      }
      own[e] = memory(kind, w, e * TileGrid.PORTS);
    }
    Map<TileKind, Long> kindSize = new EnumMap<>(TileKind.class);
    for (TileKind k : TileKind.values()) {
      kindSize.put(k, memory(k, worst.get(k), 0));
    }
    long[] built = new long[grid.elements()];
    long total = 0;
    for (int e = 0; e < built.length; e++) {
      built[e] = sizing == MemorySizing.HOMOGENEOUS ? kindSize.get(grid.kind(e)) : own[e];
      total += built[e];
    }
    return new ChipMemory(kindSize, own, built, total);
  }
}
