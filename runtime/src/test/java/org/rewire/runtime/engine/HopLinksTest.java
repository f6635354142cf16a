package org.rewire.runtime.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.rewire.api.Connectivity;
import org.rewire.api.HopProfile;
import org.rewire.api.Layout;
import org.rewire.runtime.engine.bench.EngineBench;

class HopLinksTest {
  // 3 x 3 tiles of 4; inputs on tile 0, outputs are the last 2 neurons (tile 8).
  private static final Layout LAYOUT = Layout.blocks(9, 4, Layout.range(0, 4), Layout.range(34, 2));

  private static Connectivity draw(double p1, double p3, long seed) {
    return HopLinks.sample(
        LAYOUT,
        (a, b) -> EngineBench.hopDistance(3, a, b),
        HopProfile.of(Map.of(1, p1, 3, p3)),
        new SplittableRandom(seed));
  }

  @Test
  void allNeighbourLinksWithP1OneAndNoDiagonalsWithP3Zero() {
    Connectivity c = draw(1.0, 0.0, 1);
    StructuralRules rules = new StructuralRules(LAYOUT);
    int expected = 0;
    for (int i = 0; i < 36; i++) {
      for (int j = 0; j < 36; j++) {
        int d = EngineBench.hopDistance(3, i / 4, j / 4);
        if ((d == 0 || d == 1) && rules.allowed(i, j)) {
          expected++;
          assertThat(c.contains(i, j)).as("%d -> %d", i, j).isTrue();
        }
      }
    }
    assertThat(c.synapses()).isEqualTo(expected);
    assertThat(c.contains(0, 1)).as("input core has no recurrence").isFalse();
    assertThat(c.contains(34, 35)).as("no output to output").isFalse();
    assertThat(c.contains(32, 35)).as("other intra-tile synapses stay").isTrue();
  }

  @Test
  void linksComeInWholeTilesAndDependOnlyOnTheSeed() {
    Connectivity a = draw(0.5, 0.5, 7);
    assertThat(draw(0.5, 0.5, 7)).isEqualTo(a);
    assertThat(draw(0.5, 0.5, 8)).isNotEqualTo(a);
    for (int i = 0; i < 36; i++) {
      for (int tile = 0; tile < 9; tile++) {
        int d = EngineBench.hopDistance(3, i / 4, tile);
        int count = 0;
        for (int j = tile * 4; j < tile * 4 + 4; j++) {
          count += a.contains(i, j) ? 1 : 0;
        }
        if (d != 0 && d != 1 && d != 3) {
          assertThat(count).isZero();
        } else if (tile != 8 && tile != 0) {
          assertThat(count).as("link %d -> tile %d is all or nothing", i, tile).isIn(0, 4);
        }
      }
    }
  }

  @Test
  void hopDistanceFollowsThePaper() {
    // 5 x 5: ordered pair histogram d:count = 0:25, 1:80, 3:64, 5:156, 7:140, 9:100, 11:40,
    // 13:16, 15:4 (PAPER.md section 1).
    int[] histogram = new int[16];
    for (int s = 0; s < 25; s++) {
      for (int t = 0; t < 25; t++) {
        histogram[EngineBench.hopDistance(5, s, t)]++;
      }
    }
    assertThat(histogram)
        .containsExactly(25, 80, 0, 64, 0, 156, 0, 140, 0, 100, 0, 40, 0, 16, 0, 4);
  }
}
