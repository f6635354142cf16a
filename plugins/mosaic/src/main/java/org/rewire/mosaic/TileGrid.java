package org.rewire.mosaic;

import java.util.List;

/**
 * The geometry of a Mosaic chip: {@code rows x cols} neuron tiles of {@code tileSize} neurons,
 * embedded in a {@code (2 rows + 1) x (2 cols + 1)} grid of tiles. Neuron tiles sit at (odd, odd)
 * grid positions, R1 routers at (odd, even) and (even, odd), R0 routers at (even, even). Neuron
 * tile {@code k} is at tile row {@code k / cols}, tile column {@code k % cols} (grid position
 * {@code (2 row + 1, 2 col + 1)}); neuron {@code i} sits on tile {@code i / tileSize}.
 *
 * <p>Every grid tile ("element") has eight ports, numbered {@code element * 8 + port} with the port
 * order of {@link #PORT_NAMES}. {@code in_X} is the port a line enters through from side X; {@code
 * out_X} the port it leaves through towards side X. Immutable.
 */
public final class TileGrid {
  /** Ports per element. */
  public static final int PORTS = 8;

  /** Port names, in port-number order. */
  public static final List<String> PORT_NAMES =
      List.of("in_N", "in_E", "in_S", "in_W", "out_N", "out_E", "out_S", "out_W");

  /** Directions, also the in-port numbers; the out-port of direction {@code d} is {@code d + 4}. */
  static final int NORTH = 0;

  static final int EAST = 1;
  static final int SOUTH = 2;
  static final int WEST = 3;

  private final int rows;
  private final int cols;
  private final int tileSize;

  /**
   * @throws IllegalArgumentException if a size is not positive
   */
  public TileGrid(int rows, int cols, int tileSize) {
    if (rows < 1 || cols < 1 || tileSize < 1) {
      throw new IllegalArgumentException(
          "grid sizes must be positive, got " + rows + " x " + cols + " x " + tileSize);
    }
    this.rows = rows;
    this.cols = cols;
    this.tileSize = tileSize;
  }

  /** Tile rows. */
  public int rows() {
    return rows;
  }

  /** Tile columns. */
  public int cols() {
    return cols;
  }

  /** Neurons per tile. */
  public int tileSize() {
    return tileSize;
  }

  /** Number of neuron tiles. */
  public int tiles() {
    return rows * cols;
  }

  /** Number of neurons. */
  public int neurons() {
    return rows * cols * tileSize;
  }

  /** The tile neuron {@code neuron} sits on. */
  public int tileOf(int neuron) {
    return neuron / tileSize;
  }

  /** Tile row of neuron tile {@code tile}. */
  public int tileRow(int tile) {
    return tile / cols;
  }

  /** Tile column of neuron tile {@code tile}. */
  public int tileCol(int tile) {
    return tile % cols;
  }

  /** Rows of the full grid, {@code 2 rows + 1}. */
  public int gridRows() {
    return 2 * rows + 1;
  }

  /** Columns of the full grid, {@code 2 cols + 1}. */
  public int gridCols() {
    return 2 * cols + 1;
  }

  /** Number of elements (tiles of every kind) in the full grid. */
  public int elements() {
    return gridRows() * gridCols();
  }

  /** The element at grid position {@code (gridRow, gridCol)}. */
  public int element(int gridRow, int gridCol) {
    return gridRow * gridCols() + gridCol;
  }

  /** The grid row of an element. */
  public int gridRow(int element) {
    return element / gridCols();
  }

  /** The grid column of an element. */
  public int gridCol(int element) {
    return element % gridCols();
  }

  /** The element of neuron tile {@code tile}. */
  public int elementOfTile(int tile) {
    return element(2 * tileRow(tile) + 1, 2 * tileCol(tile) + 1);
  }

  /** The kind of the element at a grid position. */
  public TileKind kind(int gridRow, int gridCol) {
    boolean oddRow = (gridRow & 1) == 1;
    boolean oddCol = (gridCol & 1) == 1;
    if (oddRow && oddCol) {
      return TileKind.NT;
    }
    return oddRow || oddCol ? TileKind.R1 : TileKind.R0;
  }

  /** The kind of an element. */
  public TileKind kind(int element) {
    return kind(gridRow(element), gridCol(element));
  }

  /** How many elements of {@code kind} the grid has. */
  public int count(TileKind kind) {
    int nt = rows * cols;
    int r0 = (rows + 1) * (cols + 1);
    return switch (kind) {
      case NT -> nt;
      case R0 -> r0;
      case R1 -> elements() - nt - r0;
    };
  }

  /** A readable name of an element: its kind and grid position, for example {@code NT(1,3)}. */
  public String name(int element) {
    return kind(element) + "(" + gridRow(element) + "," + gridCol(element) + ")";
  }

  /**
   * Hops (routers traversed) from tile {@code from} to tile {@code to}, with {@code m = |dr| +
   * |dc|}: 0 on the same tile, 1 for neighbours, {@code 2m + 1} in the same row or column (the line
   * detours round the tiles in between), else {@code 2m - 1}. Symmetric; only odd values occur off
   * the diagonal.
   */
  public int distance(int from, int to) {
    if (from == to) {
      return 0;
    }
    int dr = Math.abs(tileRow(from) - tileRow(to));
    int dc = Math.abs(tileCol(from) - tileCol(to));
    int m = dr + dc;
    if (m == 1) {
      return 1;
    }
    return dr == 0 || dc == 0 ? 2 * m + 1 : 2 * m - 1;
  }

  /**
   * The largest hop distance between two tiles of this grid: between opposite corners, or between
   * the ends of the longest row or column (a detour makes that as long on thin grids).
   */
  public int maxDistance() {
    int corners = distance(0, tiles() - 1);
    int row = distance(0, cols - 1);
    int col = distance(0, (rows - 1) * cols);
    return Math.max(corners, Math.max(row, col));
  }

  @Override
  public String toString() {
    return "TileGrid[" + rows + " x " + cols + " x " + tileSize + "]";
  }
}
