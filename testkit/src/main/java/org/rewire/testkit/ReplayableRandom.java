package org.rewire.testkit;

import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * A random stream that can be copied at any point: a {@link SplittableRandom} from a seed that
 * counts its draws, whose copy is a fresh stream of the same seed advanced by as many draws. Every
 * method of {@link RandomGenerator} (bounded ints, doubles, booleans, Gaussians) derives from
 * {@link #nextLong()}, so a copy continues exactly where the original is, whatever was drawn. What
 * a resumed run relies on its random streams for, without the runtime's checkpoint format. Copying
 * costs one draw per draw so far: meant for tests. Not thread-safe.
 */
public final class ReplayableRandom implements RandomGenerator {
  private final long seed;
  private final SplittableRandom stream;
  private long draws;

  /** A stream that gives the numbers of {@code new SplittableRandom(seed)}. */
  public ReplayableRandom(long seed) {
    this.seed = seed;
    this.stream = new SplittableRandom(seed);
  }

  @Override
  public long nextLong() {
    draws++;
    return stream.nextLong();
  }

  /** How many 64-bit draws were made so far. */
  public long draws() {
    return draws;
  }

  /** A new stream at the same point: its next numbers are this one's next numbers. */
  public ReplayableRandom copy() {
    ReplayableRandom copy = new ReplayableRandom(seed);
    for (long i = 0; i < draws; i++) {
      copy.nextLong();
    }
    return copy;
  }
}
