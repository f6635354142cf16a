package org.rewire.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ReplayableRandomTest {
  @Test
  void givesTheNumbersOfASplittableRandomOfTheSameSeed() {
    ReplayableRandom random = new ReplayableRandom(42);
    SplittableRandom reference = new SplittableRandom(42);
    for (int i = 0; i < 100; i++) {
      assertThat(random.nextLong()).isEqualTo(reference.nextLong());
    }
    assertThat(random.draws()).isEqualTo(100);
  }

  @Test
  void aCopyContinuesWhereTheOriginalIsWhateverWasDrawn() {
    ReplayableRandom random = new ReplayableRandom(7);
    random.nextGaussian();
    random.nextInt(13);
    random.nextDouble();
    random.nextBoolean();
    ReplayableRandom copy = random.copy();
    assertThat(copy.draws()).isEqualTo(random.draws()).isPositive();
    for (int i = 0; i < 20; i++) {
      assertThat(copy.nextGaussian()).isEqualTo(random.nextGaussian());
      assertThat(copy.nextInt(1000)).isEqualTo(random.nextInt(1000));
    }
  }
}
