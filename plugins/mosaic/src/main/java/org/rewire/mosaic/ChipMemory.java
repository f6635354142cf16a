package org.rewire.mosaic;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The memory of a mapped chip.
 *
 * <p>{@code kindSize} is the size every tile of a kind gets on a homogeneous chip (from the kind's
 * worst port widths); {@code needed[e]} what element {@code e} needs for its own ports; {@code
 * built[e]} what it gets under the chosen {@link MemorySizing}; {@code total} the sum of {@code
 * built}.
 */
public final class ChipMemory {
  private final Map<TileKind, Long> kindSize;
  private final long[] needed;
  private final long[] built;
  private final long total;

  ChipMemory(Map<TileKind, Long> kindSize, long[] needed, long[] built, long total) {
    this.kindSize = Collections.unmodifiableMap(new EnumMap<>(kindSize));
    this.needed = needed;
    this.built = built;
    this.total = total;
  }

  /** The size of one tile of {@code kind} on a homogeneous chip. */
  public long kindSize(TileKind kind) {
    return kindSize.get(kind);
  }

  /** The memory element {@code element} needs for its own port widths. */
  public long needed(int element) {
    return needed[element];
  }

  /** The memory element {@code element} is built with. */
  public long built(int element) {
    return built[element];
  }

  /** Memory devices of the whole chip. */
  public long total() {
    return total;
  }
}
