package org.rewire.runtime.checkpoint;

import java.util.random.RandomGenerator;

/**
 * {@link java.util.SplittableRandom}'s algorithm (SplitMix64: a seed advanced by an odd gamma, each
 * output a mix of the seed) with a state that can be read and restored, which {@code
 * SplittableRandom} does not allow. For the same seed it gives the same numbers as {@code
 * SplittableRandom}, method for method ({@code nextInt}, {@code nextLong}, {@code split} and every
 * method {@link RandomGenerator} derives from them: bounded ints, doubles, booleans, Gaussians), so
 * runs keep the figures they had before checkpoints existed. Not thread-safe.
 */
public final class SavableRandom implements RandomGenerator {
  private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;

  private long seed;
  private final long gamma;

  private SavableRandom(long seed, long gamma) {
    this.seed = seed;
    this.gamma = gamma;
  }

  /** A generator seeded as {@code new SplittableRandom(seed)}. */
  public SavableRandom(long seed) {
    this(seed, GOLDEN_GAMMA);
  }

  /** A generator continuing from a saved {@code state}. */
  public static SavableRandom restore(State state) {
    if ((state.gamma() & 1) == 0) {
      throw new IllegalArgumentException("gamma must be odd, got " + state.gamma());
    }
    return new SavableRandom(state.seed(), state.gamma());
  }

  /** The state now: restoring it continues with the next number this generator would give. */
  public State state() {
    return new State(seed, gamma);
  }

  /** A new, independent generator, as {@code SplittableRandom.split()}; advances this one. */
  public SavableRandom split() {
    return new SavableRandom(nextLong(), mixGamma(nextSeed()));
  }

  @Override
  public int nextInt() {
    return mix32(nextSeed());
  }

  @Override
  public long nextLong() {
    return mix64(nextSeed());
  }

  private long nextSeed() {
    return seed += gamma;
  }

  private static long mix64(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  private static int mix32(long z) {
    z = (z ^ (z >>> 33)) * 0x62a9d9ed799705f5L;
    return (int) (((z ^ (z >>> 28)) * 0xcb24d0a5c88c35b3L) >>> 32);
  }

  private static long mixGamma(long z) {
    z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
    z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
    z = (z ^ (z >>> 33)) | 1L; // odd, so every seed is visited
    int n = Long.bitCount(z ^ (z >>> 1)); // enough bit transitions for a good stream
    return (n < 24) ? z ^ 0xaaaaaaaaaaaaaaaaL : z;
  }

  /**
   * A generator's state: the seed and the odd increment.
   *
   * @param seed the seed before the next number
   * @param gamma the increment, odd
   */
  public record State(long seed, long gamma) {}
}
