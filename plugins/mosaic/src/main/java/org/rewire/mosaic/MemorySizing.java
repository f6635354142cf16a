package org.rewire.mosaic;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How the memory of the whole chip is counted from the port widths ({@code memory_sizing:
 * homogeneous} or {@code per-tile} in YAML). The paper builds a homogeneous chip; the other rule
 * shows what a chip sized tile by tile would need.
 */
public enum MemorySizing {
  /**
   * Every tile of a type gets the size of that type's worst case, port by port (the paper's rule):
   * total = {@code nNT * NT + nR0 * R0 + nR1 * R1}.
   */
  @JsonProperty("homogeneous")
  HOMOGENEOUS,
  /** Every tile is sized for its own port widths; the total is their sum. */
  @JsonProperty("per-tile")
  PER_TILE
}
