package org.rewire.mosaic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MemoryModelTest {

  @Test
  void formulasOnHandComputedPorts() {
    MemoryModel model = new MemoryModel(new TileGrid(1, 1, 32));
    int[] w = {3, 5, 7, 11, 1, 2, 4, 6};
    assertThat(model.memory(TileKind.NT, w, 0)).isEqualTo((3 + 5 + 7 + 11) * 32);
    assertThat(model.memory(TileKind.R0, w, 0)).isEqualTo(16 * 11 * 11);
    // in: 2 max(3, 7) + 2 max(5, 11) = 36; out: 2 max(1, 4) + 2 max(2, 6) = 20.
    assertThat(model.memory(TileKind.R1, w, 0)).isEqualTo(36 * 36);
  }

  @Test
  void twoLinksBetweenNeighboursOnAOneByTwoChip() {
    // Tiles of 4 neurons; neurons 0 and 1 (tile 0) send to tile 1.
    MosaicTarget target = target(1, 2, 4, MemorySizing.HOMOGENEOUS);
    PortLoads loads =
        new PortLoads.Builder(target.grid(), new OneTurnRouter(target.grid()))
            .link(0, 1)
            .link(1, 1)
            .build();
    ChipMemory homogeneous = target.memory(loads);
    // NT: worst in_W = 2 lines of 4 weights.
    assertThat(homogeneous.kindSize(TileKind.NT)).isEqualTo(2 * 4);
    // R1: in-ports fed by a tile are 4 wide (rotated to N/S): 2 * 4 = 8; out side 2 * 2 = 4.
    assertThat(homogeneous.kindSize(TileKind.R1)).isEqualTo(64);
    assertThat(homogeneous.kindSize(TileKind.R0)).isZero();
    // 2 NT, 6 R0, 7 R1.
    assertThat(homogeneous.total()).isEqualTo(2 * 8 + 7 * 64);

    ChipMemory perTile = target(1, 2, 4, MemorySizing.PER_TILE).memory(loads);
    // Only the receiving tile needs crossbar rows; every R1 touches a tile, so each needs 64.
    assertThat(perTile.total()).isEqualTo(8 + 7 * 64);
    assertThat(perTile.needed(target.grid().elementOfTile(0))).isZero();
    assertThat(perTile.needed(target.grid().elementOfTile(1))).isEqualTo(8);
  }

  @Test
  void aDiagonalLineCostsOneCornerRouter() {
    MosaicTarget target = target(2, 2, 2, MemorySizing.HOMOGENEOUS);
    PortLoads loads =
        new PortLoads.Builder(target.grid(), new OneTurnRouter(target.grid())).link(0, 3).build();
    ChipMemory memory = target.memory(loads);
    assertThat(memory.kindSize(TileKind.R0)).isEqualTo(16);
    assertThat(memory.kindSize(TileKind.NT)).isEqualTo(2);
    // Worst R1 ports after rotation: tile feeds in_N = in_S = 2, the lane line into the R1 left
    // of the target in_E = 1 -> in side 2*2 + 2*1 = 6; out: 1 line East below the source, 1 line
    // into the target (rotated to out_S) -> 2*1 + 2*1 = 4. max = 6 -> 36.
    assertThat(memory.kindSize(TileKind.R1)).isEqualTo(36);
  }

  private static MosaicTarget target(int rows, int cols, int size, MemorySizing sizing) {
    return new MosaicTarget(new MosaicConfig(rows, cols, size, null, 1, 1, sizing), 1);
  }
}
