package org.rewire.mosaic;

/** The three kinds of tile on a Mosaic grid. */
public enum TileKind {
  /** A neuron tile: {@code tile_size} neurons with their dense crossbar, at (odd, odd). */
  NT,
  /** A corner router, at (even, even): four R1 neighbours, no neuron tile next to it. */
  R0,
  /** A router between two neuron tiles, at (odd, even) or (even, odd). */
  R1
}
