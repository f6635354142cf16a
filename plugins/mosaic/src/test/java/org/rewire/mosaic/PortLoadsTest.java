package org.rewire.mosaic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PortLoadsTest {
  private final TileGrid grid = new TileGrid(2, 2, 2);
  private final OneTurnRouter router = new OneTurnRouter(grid);

  private int load(PortLoads loads, int row, int col, String port) {
    return loads.load(grid.element(row, col), TileGrid.PORT_NAMES.indexOf(port));
  }

  @Test
  void aNeuronsLinesShareTheirCommonPortsOnce() {
    // Neuron 0 on tile 0 sends to tile 2 (below) and tile 3 (diagonal): both leave South
    // through the same R1, then split.
    PortLoads loads = new PortLoads.Builder(grid, router).link(0, 2).link(0, 3).build();
    assertThat(loads.links()).isEqualTo(2);
    assertThat(load(loads, 1, 1, "out_S")).isEqualTo(1);
    assertThat(load(loads, 2, 1, "in_N")).isEqualTo(1);
    assertThat(load(loads, 2, 1, "out_S")).isEqualTo(1);
    assertThat(load(loads, 2, 1, "out_E")).isEqualTo(1);
    assertThat(load(loads, 2, 2, "in_W")).isEqualTo(1);
    assertThat(load(loads, 3, 3, "in_W")).isEqualTo(1);
    assertThat(load(loads, 3, 1, "in_N")).isEqualTo(1);
  }

  @Test
  void differentNeuronsCountSeparately() {
    PortLoads loads = new PortLoads.Builder(grid, router).link(0, 2).link(0, 3).link(1, 2).build();
    assertThat(load(loads, 1, 1, "out_S")).isEqualTo(2);
    assertThat(load(loads, 2, 1, "in_N")).isEqualTo(2);
    assertThat(load(loads, 2, 1, "out_S")).isEqualTo(2);
    assertThat(load(loads, 2, 1, "out_E")).isEqualTo(1);
  }

  @Test
  void repeatedAndIntraTileLinksRouteNothing() {
    PortLoads loads =
        new PortLoads.Builder(grid, router).link(0, 0).link(0, 1).link(0, 1).link(1, 0).build();
    assertThat(loads.links()).isEqualTo(1);
    int total = 0;
    for (int p : loads.toArray()) {
      total += p;
    }
    assertThat(total).as("4 ports of one neighbour link").isEqualTo(4);
  }
}
