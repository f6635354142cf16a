package org.rewire.mosaic;

/**
 * The 1-turn routing rule of the Mosaic code: the path one line takes from a source neuron tile to
 * a destination neuron tile, as the ports it uses.
 *
 * <ul>
 *   <li>Neighbouring tiles: straight through the one R1 router between them.
 *   <li>Same column: leave the source West into the router column beside it, travel vertically to
 *       the destination row, enter East.
 *   <li>Otherwise: leave South if the destination row is larger, else North (also for the same
 *       row); travel along that router row to the router column beside the destination (on the
 *       source's side); then vertically to the destination row; enter the tile.
 * </ul>
 *
 * The number of routers on the path equals {@link TileGrid#distance}. Stateless and thread-safe.
 *
 * <p>One deliberate difference from the authors' router: it also marks the source tile's out-port,
 * so a report shows how many of a tile's neurons leave through each side. Memory does not use
 * neuron-tile out-ports, and with the default capacities ({@code nt >= tile_size}) they never
 * exceed capacity, so results agree with the authors' code.
 */
public final class OneTurnRouter {
  private final TileGrid grid;
  private final int[] elementStep;

  public OneTurnRouter(TileGrid grid) {
    this.grid = grid;
    int w = grid.gridCols();
    this.elementStep = new int[] {-w, 1, w, -1};
  }

  /** The longest path, in port numbers, that {@link #route} can write. */
  public int maxPathPorts() {
    // Steps between elements = routers + 1; two ports per step.
    return 2 * (grid.maxDistance() + 1);
  }

  /**
   * Writes the port numbers ({@code element * 8 + port}) a line from tile {@code from} to tile
   * {@code to} uses, in path order, into {@code ports}: the source tile's out-port, then the in-
   * and out-port of every router, then the destination tile's in-port.
   *
   * @param ports at least {@link #maxPathPorts()} long
   * @return how many port numbers were written; 0 when {@code from == to}
   */
  public int route(int from, int to, int[] ports) {
    if (from == to) {
      return 0;
    }
    int sr = 2 * grid.tileRow(from) + 1;
    int sc = 2 * grid.tileCol(from) + 1;
    int tr = 2 * grid.tileRow(to) + 1;
    int tc = 2 * grid.tileCol(to) + 1;
    int e = grid.element(sr, sc);
    if (Math.abs(tr - sr) + Math.abs(tc - sc) == 2) {
      int dir =
          tr < sr
              ? TileGrid.NORTH
              : tr > sr ? TileGrid.SOUTH : tc > sc ? TileGrid.EAST : TileGrid.WEST;
      return walk(ports, 0, e, dir, 2);
    }
    if (tc == sc) {
      int n = walk(ports, 0, e, TileGrid.WEST, 1);
      e += elementStep[TileGrid.WEST];
      int vertical = tr > sr ? TileGrid.SOUTH : TileGrid.NORTH;
      int steps = Math.abs(tr - sr);
      n = walk(ports, n, e, vertical, steps);
      e += steps * elementStep[vertical];
      return walk(ports, n, e, TileGrid.EAST, 1);
    }
    int exit = tr > sr ? TileGrid.SOUTH : TileGrid.NORTH;
    int n = walk(ports, 0, e, exit, 1);
    e += elementStep[exit];
    int row = sr + (exit == TileGrid.SOUTH ? 1 : -1);
    int horizontal = tc > sc ? TileGrid.EAST : TileGrid.WEST;
    // Stop in the router column beside the destination, on the source's side.
    int hSteps = Math.abs(tc - sc) - 1;
    n = walk(ports, n, e, horizontal, hSteps);
    e += hSteps * elementStep[horizontal];
    int vertical = tr > row ? TileGrid.SOUTH : TileGrid.NORTH;
    int vSteps = Math.abs(tr - row);
    n = walk(ports, n, e, vertical, vSteps);
    e += vSteps * elementStep[vertical];
    return walk(ports, n, e, horizontal, 1);
  }

  /** Writes {@code steps} moves in direction {@code dir} starting at {@code element}. */
  private int walk(int[] ports, int n, int element, int dir, int steps) {
    int e = element;
    int entry = (dir + 2) & 3;
    for (int s = 0; s < steps; s++) {
      ports[n++] = e * TileGrid.PORTS + 4 + dir;
      e += elementStep[dir];
      ports[n++] = e * TileGrid.PORTS + entry;
    }
    return n;
  }
}
