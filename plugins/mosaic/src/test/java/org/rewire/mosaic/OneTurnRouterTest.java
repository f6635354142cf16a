package org.rewire.mosaic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OneTurnRouterTest {

  /** The path as readable "ELEMENT port" strings. */
  private static List<String> path(TileGrid grid, int from, int to) {
    OneTurnRouter router = new OneTurnRouter(grid);
    int[] ports = new int[router.maxPathPorts()];
    int n = router.route(from, to, ports);
    List<String> names = new ArrayList<>();
    for (int k = 0; k < n; k++) {
      int e = ports[k] / TileGrid.PORTS;
      names.add(grid.name(e) + " " + TileGrid.PORT_NAMES.get(ports[k] % TileGrid.PORTS));
    }
    return names;
  }

  @Test
  void neighboursGoStraightThroughOneRouter() {
    TileGrid grid = new TileGrid(2, 2, 1);
    assertThat(path(grid, 0, 1))
        .containsExactly("NT(1,1) out_E", "R1(1,2) in_W", "R1(1,2) out_E", "NT(1,3) in_W");
    assertThat(path(grid, 2, 0))
        .containsExactly("NT(3,1) out_N", "R1(2,1) in_S", "R1(2,1) out_N", "NT(1,1) in_S");
  }

  @Test
  void diagonalLeavesSouthTurnsAtTheCornerRouterAndEntersFromTheSide() {
    TileGrid grid = new TileGrid(2, 2, 1);
    assertThat(path(grid, 0, 3))
        .containsExactly(
            "NT(1,1) out_S",
            "R1(2,1) in_N",
            "R1(2,1) out_E",
            "R0(2,2) in_W",
            "R0(2,2) out_S",
            "R1(3,2) in_N",
            "R1(3,2) out_E",
            "NT(3,3) in_W");
    assertThat(path(grid, 3, 0))
        .as("a larger source row leaves North")
        .containsExactly(
            "NT(3,3) out_N",
            "R1(2,3) in_S",
            "R1(2,3) out_W",
            "R0(2,2) in_E",
            "R0(2,2) out_N",
            "R1(1,2) in_S",
            "R1(1,2) out_W",
            "NT(1,1) in_E");
  }

  @Test
  void sameRowLeavesNorthAndDetoursRoundTheTileBetween() {
    TileGrid grid = new TileGrid(1, 3, 1);
    assertThat(path(grid, 0, 2))
        .containsExactly(
            "NT(1,1) out_N",
            "R1(0,1) in_S",
            "R1(0,1) out_E",
            "R0(0,2) in_W",
            "R0(0,2) out_E",
            "R1(0,3) in_W",
            "R1(0,3) out_E",
            "R0(0,4) in_W",
            "R0(0,4) out_S",
            "R1(1,4) in_N",
            "R1(1,4) out_E",
            "NT(1,5) in_W");
  }

  @Test
  void sameColumnLeavesWestAndTravelsDownTheRouterColumn() {
    TileGrid grid = new TileGrid(3, 1, 1);
    assertThat(path(grid, 0, 2))
        .containsExactly(
            "NT(1,1) out_W",
            "R1(1,0) in_E",
            "R1(1,0) out_S",
            "R0(2,0) in_N",
            "R0(2,0) out_S",
            "R1(3,0) in_N",
            "R1(3,0) out_S",
            "R0(4,0) in_N",
            "R0(4,0) out_S",
            "R1(5,0) in_N",
            "R1(5,0) out_E",
            "NT(5,1) in_W");
  }

  @ParameterizedTest
  @CsvSource({"5,5", "1,6", "4,3", "16,16"})
  void routersOnEveryPathEqualTheHopDistance(int rows, int cols) {
    TileGrid grid = new TileGrid(rows, cols, 1);
    OneTurnRouter router = new OneTurnRouter(grid);
    int[] ports = new int[router.maxPathPorts()];
    List<String> wrong = new ArrayList<>();
    for (int a = 0; a < grid.tiles(); a++) {
      for (int b = 0; b < grid.tiles(); b++) {
        int n = router.route(a, b, ports);
        int routers = a == b ? 0 : n / 2 - 1;
        boolean ends =
            n == 0
                || ports[0] / TileGrid.PORTS == grid.elementOfTile(a)
                    && ports[n - 1] / TileGrid.PORTS == grid.elementOfTile(b);
        boolean throughRouters = true;
        for (int k = 1; k < n - 1; k++) {
          throughRouters &= grid.kind(ports[k] / TileGrid.PORTS) != TileKind.NT;
        }
        if (routers != grid.distance(a, b) || !ends || !throughRouters) {
          wrong.add(a + " -> " + b);
        }
      }
    }
    assertThat(wrong).isEmpty();
  }
}
