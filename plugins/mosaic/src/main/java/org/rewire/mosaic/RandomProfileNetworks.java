package org.rewire.mosaic;

import java.util.Arrays;
import java.util.random.RandomGenerator;
import org.rewire.api.HopProfile;

/**
 * Draws random networks with a hop profile exactly as routing-aware DeepR initialises them: for
 * every source tile {@code S} and distance {@code d > 0}, exactly {@code K[S, d] = round(p_d *
 * tile_size * #{T : D(S, T) = d})} neuron-to-tile links, chosen uniformly without replacement among
 * the candidates (a neuron on {@code S}, a tile at distance {@code d}). Rounding is half-to-even,
 * as Python's {@code round}. Links inside a tile are always on and not drawn; a fraction given for
 * distance 0 is ignored for that reason.
 *
 * <p>Immutable and thread-safe; all randomness comes from the generator passed to {@link #sample}.
 * The draws depend only on that generator's sequence, so a seed gives the same network on every
 * platform.
 */
public final class RandomProfileNetworks {
  private final TileGrid grid;
  private final HopProfile profile;
  private final int[] distances;

  public RandomProfileNetworks(TileGrid grid, HopProfile profile) {
    this.grid = grid;
    this.profile = profile;
    this.distances =
        profile.fractions().entrySet().stream()
            .filter(e -> e.getKey() > 0 && e.getValue() > 0)
            .mapToInt(e -> e.getKey())
            .toArray();
  }

  /** The profile drawn from. */
  public HopProfile profile() {
    return profile;
  }

  /** Number of tiles at hop distance {@code distance} from tile {@code source}. */
  public int tilesAt(int source, int distance) {
    int n = 0;
    for (int t = 0; t < grid.tiles(); t++) {
      if (t != source && grid.distance(source, t) == distance) {
        n++;
      }
    }
    return n;
  }

  /** {@code K[source, distance]}: the links a network keeps from that tile at that distance. */
  public int budget(int source, int distance) {
    if (distance <= 0) {
      return 0;
    }
    return budget(profile.fraction(distance), tilesAt(source, distance));
  }

  private int budget(double fraction, int tiles) {
    return (int) Math.rint(fraction * grid.tileSize() * tiles);
  }

  /** Draws one network. */
  public TileLinks sample(RandomGenerator random) {
    int size = grid.tileSize();
    int tiles = grid.tiles();
    int[] rowStart = new int[grid.neurons() + 1];
    int[] out = new int[64];
    int count = 0;
    int[] byDistance = new int[tiles];
    int[] scratch = new int[0];
    long[] drawn = new long[0];
    for (int s = 0; s < tiles; s++) {
      int drawnCount = 0;
      for (int d : distances) {
        int nT = 0;
        for (int t = 0; t < tiles; t++) {
          if (t != s && grid.distance(s, t) == d) {
            byDistance[nT++] = t;
          }
        }
        int candidates = size * nT;
        int k = budget(profile.fraction(d), nT);
        if (k == 0) {
          continue;
        }
        if (scratch.length < candidates) {
          scratch = new int[candidates];
        }
        for (int c = 0; c < candidates; c++) {
          scratch[c] = c;
        }
        if (drawn.length < drawnCount + k) {
          drawn = Arrays.copyOf(drawn, Math.max(2 * drawn.length, drawnCount + k));
        }
        // Partial Fisher-Yates: the first k entries become a uniform k-subset.
        for (int c = 0; c < k; c++) {
          int pick = c + random.nextInt(candidates - c);
          int chosen = scratch[pick];
          scratch[pick] = scratch[c];
          scratch[c] = chosen;
          long neuron = (long) s * size + chosen / nT;
          drawn[drawnCount++] = (neuron << 32) | byDistance[chosen % nT];
        }
      }
      Arrays.sort(drawn, 0, drawnCount);
      if (out.length < count + drawnCount) {
        out = Arrays.copyOf(out, Math.max(2 * out.length, count + drawnCount));
      }
      for (int k = 0; k < drawnCount; k++) {
        rowStart[(int) (drawn[k] >>> 32) + 1]++;
        out[count++] = (int) drawn[k];
      }
    }
    for (int i = 0; i < grid.neurons(); i++) {
      rowStart[i + 1] += rowStart[i];
    }
    return new TileLinks(grid, rowStart, Arrays.copyOf(out, count));
  }
}
