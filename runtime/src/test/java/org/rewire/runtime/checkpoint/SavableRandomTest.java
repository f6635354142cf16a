package org.rewire.runtime.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class SavableRandomTest {

  /** Every kind of draw the runtime and the sparsifiers make, mixed, as one sequence. */
  private static double[] draws(RandomGenerator r, int n) {
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      out[i] =
          switch (i % 7) {
            case 0 -> r.nextInt();
            case 1 -> r.nextLong();
            case 2 -> r.nextInt(1 + i);
            case 3 -> r.nextDouble();
            case 4 -> r.nextGaussian();
            case 5 -> r.nextBoolean() ? 1 : 0;
            default -> r.nextFloat();
          };
    }
    return out;
  }

  @Test
  void givesSplittableRandomsNumbersSoRunsKeepTheirFigures() {
    for (long seed : new long[] {0, 1, 42, -7, Long.MAX_VALUE}) {
      assertThat(draws(new SavableRandom(seed), 5000))
          .as("seed %d", seed)
          .containsExactly(draws(new SplittableRandom(seed), 5000));
    }
  }

  @Test
  void splitsAsSplittableRandomDoes() {
    SavableRandom ours = new SavableRandom(9);
    SplittableRandom theirs = new SplittableRandom(9);
    for (int k = 0; k < 3; k++) {
      assertThat(draws(ours.split(), 500)).containsExactly(draws(theirs.split(), 500));
    }
    assertThat(draws(ours, 100)).containsExactly(draws(theirs, 100));
  }

  @Test
  void aRestoredStateContinuesTheSameStream() {
    SavableRandom r = new SavableRandom(3).split();
    draws(r, 123);
    SavableRandom copy = SavableRandom.restore(r.state());
    assertThat(draws(copy, 1000)).containsExactly(draws(r, 1000));
  }
}
