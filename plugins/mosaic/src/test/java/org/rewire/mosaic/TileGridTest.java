package org.rewire.mosaic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TileGridTest {

  @Test
  void caseStudyHistogramMatchesThePaper() {
    TileGrid grid = new TileGrid(5, 5, 32);
    Map<Integer, Integer> histogram = new TreeMap<>();
    for (int a = 0; a < grid.tiles(); a++) {
      for (int b = 0; b < grid.tiles(); b++) {
        histogram.merge(grid.distance(a, b), 1, Integer::sum);
      }
    }
    assertThat(histogram)
        .containsExactlyEntriesOf(
            new TreeMap<>(
                Map.of(0, 25, 1, 80, 3, 64, 5, 156, 7, 140, 9, 100, 11, 40, 13, 16, 15, 4)));
    assertThat(grid.maxDistance()).isEqualTo(15);
  }

  @Test
  void caseStudyHasTheTileCountsOfThePaper() {
    TileGrid grid = new TileGrid(5, 5, 32);
    assertThat(grid.count(TileKind.NT)).isEqualTo(25);
    assertThat(grid.count(TileKind.R1)).isEqualTo(60);
    assertThat(grid.count(TileKind.R0)).isEqualTo(36);
    assertThat(grid.neurons()).isEqualTo(800);
    int[] counted = new int[3];
    for (int e = 0; e < grid.elements(); e++) {
      counted[grid.kind(e).ordinal()]++;
    }
    assertThat(counted).containsExactly(25, 36, 60);
  }

  @Test
  void tilesAreNumberedRowMajorFromTheTopLeft() {
    TileGrid grid = new TileGrid(3, 4, 2);
    assertThat(grid.tileRow(7)).isEqualTo(1);
    assertThat(grid.tileCol(7)).isEqualTo(3);
    assertThat(grid.name(grid.elementOfTile(7))).isEqualTo("NT(3,7)");
    assertThat(grid.tileOf(15)).isEqualTo(7);
    assertThat(grid.kind(0, 0)).isEqualTo(TileKind.R0);
    assertThat(grid.kind(1, 0)).isEqualTo(TileKind.R1);
    assertThat(grid.kind(0, 1)).isEqualTo(TileKind.R1);
  }

  @Test
  void distancesFollowTheDetourRule() {
    TileGrid grid = new TileGrid(5, 5, 1);
    assertThat(grid.distance(0, 1)).as("neighbours").isEqualTo(1);
    assertThat(grid.distance(0, 6)).as("diagonal").isEqualTo(3);
    assertThat(grid.distance(0, 2)).as("two along a row").isEqualTo(5);
    assertThat(grid.distance(0, 10)).as("two along a column").isEqualTo(5);
    assertThat(grid.distance(0, 7)).as("knight's move").isEqualTo(5);
    assertThat(grid.distance(0, 24)).as("corners").isEqualTo(15);
  }

  @ParameterizedTest
  @CsvSource({"1,1", "1,7", "7,1", "2,2", "3,4", "6,2", "7,7"})
  void distanceIsSymmetricOddAndZeroOnlyOnTheDiagonal(int rows, int cols) {
    TileGrid grid = new TileGrid(rows, cols, 3);
    int max = 0;
    for (int a = 0; a < grid.tiles(); a++) {
      for (int b = 0; b < grid.tiles(); b++) {
        int d = grid.distance(a, b);
        assertThat(d).isEqualTo(grid.distance(b, a));
        if (a == b) {
          assertThat(d).isZero();
        } else {
          assertThat(d % 2).as("odd distance %d -> %d", a, b).isEqualTo(1);
        }
        max = Math.max(max, d);
      }
    }
    assertThat(grid.maxDistance()).isEqualTo(max);
  }
}
