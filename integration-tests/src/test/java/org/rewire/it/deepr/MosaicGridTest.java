package org.rewire.it.deepr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The test grid's hop distance is Mosaic's: the paper's pair histogram on 5 x 5 tiles. */
class MosaicGridTest {
  @Test
  void theFiveByFiveHistogramMatchesThePaper() {
    MosaicGrid grid = new MosaicGrid(5, 5, 32, 10);
    Map<Integer, Integer> histogram = new TreeMap<>();
    for (int s = 0; s < grid.cores(); s++) {
      for (int t = 0; t < grid.cores(); t++) {
        histogram.merge(grid.distance(s, t), 1, Integer::sum);
      }
    }
    assertThat(histogram)
        .isEqualTo(Map.of(0, 25, 1, 80, 3, 64, 5, 156, 7, 140, 9, 100, 11, 40, 13, 16, 15, 4));
  }
}
