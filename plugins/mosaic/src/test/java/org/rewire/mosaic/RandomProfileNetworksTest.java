package org.rewire.mosaic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.rewire.api.HopProfile;

class RandomProfileNetworksTest {
  private final TileGrid grid = new TileGrid(5, 5, 32);

  @Test
  void budgetsRoundThePaperFormula() {
    RandomProfileNetworks networks =
        new RandomProfileNetworks(grid, HopProfile.parse("1:0.8,3:0.29"));
    int centre = 12;
    int corner = 0;
    int edge = 2;
    assertThat(networks.tilesAt(centre, 1)).isEqualTo(4);
    assertThat(networks.budget(centre, 1)).isEqualTo(102); // 0.8 * 32 * 4 = 102.4
    assertThat(networks.budget(corner, 1)).isEqualTo(51); // 51.2
    assertThat(networks.budget(edge, 1)).isEqualTo(77); // 76.8
    assertThat(networks.budget(centre, 3)).isEqualTo(37); // 37.12
    assertThat(networks.budget(corner, 3)).isEqualTo(9); // 9.28
    assertThat(networks.budget(centre, 5)).isZero();
  }

  @Test
  void everyTileKeepsExactlyItsBudgetPerDistance() {
    RandomProfileNetworks networks =
        new RandomProfileNetworks(grid, HopProfile.parse("1:0.95,3:0.29,5:0.05"));
    TileLinks links = networks.sample(new SplittableRandom(3));
    for (int s = 0; s < grid.tiles(); s++) {
      for (int d = 1; d <= grid.maxDistance(); d += 2) {
        assertThat(links.count(s, d))
            .as("tile %d, distance %d", s, d)
            .isEqualTo(networks.budget(s, d));
      }
    }
  }

  @Test
  void linksAreDistinctAscendingAndNeverIntoTheOwnTile() {
    TileLinks links =
        new RandomProfileNetworks(grid, HopProfile.parse("1:0.5,3:0.5"))
            .sample(new SplittableRandom(9));
    for (int i = 0; i < links.neurons(); i++) {
      for (int k = links.rowStart(i); k < links.rowEnd(i); k++) {
        assertThat(links.tile(k)).isNotEqualTo(grid.tileOf(i));
        if (k > links.rowStart(i)) {
          assertThat(links.tile(k)).isGreaterThan(links.tile(k - 1));
        }
      }
    }
  }

  @Test
  void theSameSeedDrawsTheSameNetwork() {
    RandomProfileNetworks networks =
        new RandomProfileNetworks(grid, HopProfile.parse("1:0.8,3:0.1"));
    TileLinks a = networks.sample(new SplittableRandom(42));
    assertThat(networks.sample(new SplittableRandom(42))).isEqualTo(a);
    assertThat(networks.sample(new SplittableRandom(43))).isNotEqualTo(a);
  }

  @Test
  void aFullProfileKeepsEveryLink() {
    TileGrid small = new TileGrid(2, 3, 2);
    HopProfile all = HopProfile.parse("1:1,3:1,5:1,7:1");
    TileLinks links = new RandomProfileNetworks(small, all).sample(new SplittableRandom(1));
    assertThat(links.count()).isEqualTo(small.neurons() * (small.tiles() - 1));
  }

  @Test
  void synapsesCoverTheOwnTileAndEveryLinkedTile() {
    TileGrid small = new TileGrid(1, 3, 2);
    TileLinks links =
        new RandomProfileNetworks(small, HopProfile.parse("1:1")).sample(new SplittableRandom(1));
    // Neuron 0 (tile 0) links to tile 1 only; neuron 2 (tile 1) to tiles 0 and 2.
    assertThat(links.toConnectivity().targetsOf(0)).containsExactly(0, 1, 2, 3);
    assertThat(links.toConnectivity().targetsOf(2)).containsExactly(0, 1, 2, 3, 4, 5);
  }
}
