package org.rewire.runtime.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.rewire.api.Connectivity;
import org.rewire.api.HopProfile;
import org.rewire.api.HopTarget;
import org.rewire.runtime.testing.LineTargetProvider;

class RandomLinkNetworksTest {
  // 4 cores of 2 neurons in a row.
  private final HopTarget target =
      new LineTargetProvider.LineTarget(new LineTargetProvider.Config(4, 2, 4));

  @Test
  void certainLinksGiveWholeNeighbourCoresAndTheOwnCore() {
    Connectivity net =
        new RandomLinkNetworks(target, HopProfile.parse("1:1")).sample(new SplittableRandom(1));
    assertThat(net.targetsOf(0)).containsExactly(0, 1, 2, 3);
    assertThat(net.targetsOf(2)).containsExactly(0, 1, 2, 3, 4, 5);
    assertThat(net.targetsOf(7)).containsExactly(4, 5, 6, 7);
  }

  @Test
  void anEmptyProfileKeepsOnlyTheOwnCore() {
    Connectivity net =
        new RandomLinkNetworks(target, HopProfile.parse("1:0")).sample(new SplittableRandom(1));
    assertThat(net.synapses()).isEqualTo(8 * 2);
  }

  @Test
  void theSameSeedDrawsTheSameNetwork() {
    RandomLinkNetworks networks = new RandomLinkNetworks(target, HopProfile.parse("1:0.5,2:0.5"));
    assertThat(networks.sample(new SplittableRandom(3)))
        .isEqualTo(networks.sample(new SplittableRandom(3)));
  }

  @Test
  void benchmarkPoolsEveryTimedCallAndReportsTheNetworks() {
    MapBenchmark.Result r = new MapBenchmark(2, 1, 3, 5).run(target, HopProfile.parse("1:1"));
    assertThat(r.calls()).isEqualTo(6);
    assertThat(r.neurons()).isEqualTo(8);
    assertThat(r.links()).isEqualTo(12);
    assertThat(r.synapses()).isEqualTo(8 * 2 + 12 * 2);
    assertThat(r.p10Nanos()).isLessThanOrEqualTo(r.medianNanos());
    assertThat(r.medianNanos()).isLessThanOrEqualTo(r.p90Nanos());
  }
}
