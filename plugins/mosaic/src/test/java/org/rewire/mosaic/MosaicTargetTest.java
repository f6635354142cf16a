package org.rewire.mosaic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.rewire.api.Capacity;
import org.rewire.api.Connectivity;
import org.rewire.api.ElementUsage;
import org.rewire.api.HopProfile;
import org.rewire.api.MappingReport;
import org.rewire.api.SynapseSet;
import org.rewire.api.Violation;

class MosaicTargetTest {

  @Test
  void layoutPutsInputsFirstAndOutputsLast() {
    MosaicTarget target = new MosaicTarget(MosaicConfig.defaults(), 20);
    assertThat(target.layout().neurons()).isEqualTo(800);
    assertThat(target.layout().cores()).isEqualTo(25);
    assertThat(target.layout().coreOf(799)).isEqualTo(24);
    assertThat(target.layout().inputNeurons()).hasSize(128).startsWith(0, 1).endsWith(127);
    assertThat(target.layout().outputNeurons()).hasSize(20).startsWith(780).endsWith(799);
    assertThat(target.distance(0, 24)).isEqualTo(15);
    assertThatThrownBy(() -> target.distance(0, 25)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void mapReportsLinksLoadsAndViolationsOfASmallNetwork() {
    // 1 x 2 tiles of 2 neurons; NT ports carry at most 1 line.
    MosaicTarget target =
        new MosaicTarget(
            new MosaicConfig(1, 2, 2, new MosaicConfig.Capacity(1, null, null), 1, 1, null), 1);
    Connectivity network =
        new Connectivity.Builder(4).add(0, 1).add(0, 2).add(0, 3).add(1, 2).add(3, 0).build();
    MappingReport report = target.map(network);
    assertThat(report.target()).isEqualTo("mosaic");
    assertThat(report.synapses()).isEqualTo(5);
    assertThat(report.links()).as("0->tile1, 1->tile1, 3->tile0").isEqualTo(3);
    assertThat(report.elements()).hasSize(15);
    ElementUsage source = element(report, "NT(1,1)");
    assertThat(source.capacity("out_E")).contains(new Capacity("out_E", "lines", 2, 1));
    assertThat(source.capacity("in_E")).contains(new Capacity("in_E", "lines", 1, 1));
    assertThat(report.mappable()).isFalse();
    // Neurons 0 and 1 (tile 0) each send a line east; it carries their synapses into tile 1.
    SynapseSet east =
        SynapseSet.of(new Connectivity.Builder(4).add(0, 2).add(0, 3).add(1, 2).build());
    assertThat(report.violations())
        .containsExactly(
            new Violation("NT(1,1)", "out_E", "lines", 2, 1, Violation.LoadUnit.SOURCES, east),
            new Violation("NT(1,3)", "in_W", "lines", 2, 1, Violation.LoadUnit.SOURCES, east));
    assertThat(report.totalMemory())
        .isEqualTo(report.memoryByKind().values().stream().mapToLong(Long::longValue).sum());
  }

  @Test
  void theFullNetworkMapsAndFillsEveryNeighbourPort() {
    MosaicTarget target = new MosaicTarget(new MosaicConfig(3, 3, 4, null, 4, 4, null), 4);
    int n = target.layout().neurons();
    boolean[][] all = new boolean[n][n];
    for (boolean[] row : all) {
      java.util.Arrays.fill(row, true);
    }
    MappingReport report = target.map(Connectivity.ofMatrix(all));
    assertThat(report.links()).isEqualTo((long) n * (9 - 1));
    // The centre tile's four in-ports carry every neuron of its neighbour tile at least.
    ElementUsage centre = element(report, "NT(3,3)");
    for (String port : List.of("in_N", "in_E", "in_S", "in_W")) {
      assertThat(centre.capacity(port).orElseThrow().used()).isGreaterThanOrEqualTo(4);
    }
    assertThat(report.mappable()).isFalse();
  }

  @Test
  void mapIsDeterministicAndAgreesWithRoutingTheLinks() {
    MosaicTarget target = new MosaicTarget(MosaicConfig.defaults(), 20);
    TileLinks links =
        new RandomProfileNetworks(target.grid(), HopProfile.parse("1:0.8,3:0.2,5:0.05"))
            .sample(new SplittableRandom(5));
    Connectivity network = links.toConnectivity();
    assertThat(target.route(network)).isEqualTo(target.route(links));
    MappingReport first = target.map(network);
    assertThat(target.map(network)).isEqualTo(first);
    assertThat(first.links()).isEqualTo(links.count());
  }

  @Test
  void concurrentMappingsGiveTheSameReports() throws Exception {
    MosaicTarget target = new MosaicTarget(MosaicConfig.defaults(), 20);
    RandomProfileNetworks networks =
        new RandomProfileNetworks(target.grid(), HopProfile.parse("1:0.9,3:0.2"));
    List<Connectivity> inputs = new java.util.ArrayList<>();
    List<MappingReport> alone = new java.util.ArrayList<>();
    for (int s = 0; s < 8; s++) {
      inputs.add(networks.sample(new SplittableRandom(s)).toConnectivity());
      alone.add(target.map(inputs.get(s)));
    }
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Future<MappingReport>> together = new java.util.ArrayList<>();
      for (Connectivity c : inputs) {
        together.add(pool.submit(() -> target.map(c)));
      }
      for (int s = 0; s < inputs.size(); s++) {
        assertThat(together.get(s).get()).isEqualTo(alone.get(s));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aNetworkOfAnotherSizeIsRefused() {
    MosaicTarget target = new MosaicTarget(MosaicConfig.defaults(), 20);
    assertThatThrownBy(() -> target.map(new Connectivity.Builder(10).build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("10 neurons")
        .hasMessageContaining("800");
  }

  @Test
  void estimateIsDeterministicForASeed() {
    MosaicTarget target = new MosaicTarget(MosaicConfig.defaults(), 20);
    HopProfile profile = HopProfile.parse("1:0.9,3:0.1");
    assertThat(target.estimate(profile, 3, 11)).isEqualTo(target.estimate(profile, 3, 11));
    assertThat(target.estimate(profile, 3, 11).total())
        .isNotEqualTo(target.estimate(profile, 3, 12).total());
    assertThatThrownBy(() -> target.estimate(profile, 0, 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static ElementUsage element(MappingReport report, String id) {
    return report.elements().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
  }
}
