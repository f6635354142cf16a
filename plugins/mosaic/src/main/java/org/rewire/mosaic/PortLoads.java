package org.rewire.mosaic;

import java.util.Arrays;

/**
 * How many routed lines each port of a grid carries after routing a network: {@code load(element *
 * 8 + port)}. A source neuron's lines to several tiles form a multicast tree, so a port counts once
 * per source neuron. Immutable.
 */
public final class PortLoads {
  private final TileGrid grid;
  private final int[] loads;
  private final long links;

  PortLoads(TileGrid grid, int[] loads, long links) {
    this.grid = grid;
    this.loads = loads;
    this.links = links;
  }

  /** The grid the loads are on. */
  public TileGrid grid() {
    return grid;
  }

  /** Lines through port {@code port} of {@code element}. */
  public int load(int element, int port) {
    return loads[element * TileGrid.PORTS + port];
  }

  /** Routed neuron-to-tile links (links inside a tile excluded). */
  public long links() {
    return links;
  }

  /** The loads as one array, {@code element * 8 + port} (a copy). */
  public int[] toArray() {
    return loads.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PortLoads p
        && links == p.links
        && grid.rows() == p.grid.rows()
        && grid.cols() == p.grid.cols()
        && Arrays.equals(loads, p.loads);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(loads) * 31 + Long.hashCode(links);
  }

  /**
   * Accumulates port loads link by link. The links of one source neuron must be added one after the
   * other (no other neuron's in between): the multicast sharing is tracked with a per-port stamp of
   * the last neuron that used it, not with a set. Repeated links and links inside the source's own
   * tile are ignored. Not thread-safe; one per mapping.
   */
  public static final class Builder {
    private final TileGrid grid;
    private final OneTurnRouter router;
    private final int[] loads;
    private final int[] portStamp;
    private final int[] tileStamp;
    private final int[] path;
    private long links;

    public Builder(TileGrid grid, OneTurnRouter router) {
      this.grid = grid;
      this.router = router;
      this.loads = new int[grid.elements() * TileGrid.PORTS];
      this.portStamp = new int[loads.length];
      this.tileStamp = new int[grid.tiles()];
      this.path = new int[router.maxPathPorts()];
    }

    /**
     * Routes a line from {@code neuron} to tile {@code tile}, sharing ports with its other lines.
     */
    public Builder link(int neuron, int tile) {
      int source = grid.tileOf(neuron);
      int stamp = neuron + 1;
      if (tile == source || tileStamp[tile] == stamp) {
        return this;
      }
      tileStamp[tile] = stamp;
      links++;
      int n = router.route(source, tile, path);
      for (int k = 0; k < n; k++) {
        int p = path[k];
        if (portStamp[p] != stamp) {
          portStamp[p] = stamp;
          loads[p]++;
        }
      }
      return this;
    }

    /** The loads of every link added so far. */
    public PortLoads build() {
      return new PortLoads(grid, loads.clone(), links);
    }
  }
}
