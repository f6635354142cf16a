package org.rewire.deepr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.BiPredicate;
import org.junit.jupiter.api.Test;
import org.rewire.api.Connectivity;
import org.rewire.api.HardwareTarget;
import org.rewire.api.HopProfile;
import org.rewire.api.HopTarget;
import org.rewire.api.InvalidConfigException;
import org.rewire.api.Layout;
import org.rewire.api.MappingReport;
import org.rewire.api.MemoryEstimate;
import org.rewire.api.SparseNetwork;

class LinkGroupsTest {
  /** A ring of {@code cores} cores, distance = steps along the shorter way round. */
  record Ring(Layout layout) implements HopTarget {
    @Override
    public int distance(int from, int to) {
      int d = Math.abs(from - to);
      return Math.min(d, layout.cores() - d);
    }

    @Override
    public MappingReport map(Connectivity network) {
      throw new UnsupportedOperationException();
    }

    @Override
    public MemoryEstimate estimate(HopProfile profile, int samples, long seed) {
      throw new UnsupportedOperationException();
    }
  }

  /** Only what LinkGroups reads: the layout and which synapses are allowed. */
  record Structure(Layout layout, BiPredicate<Integer, Integer> allowed) implements SparseNetwork {
    @Override
    public boolean allowed(int pre, int post) {
      return allowed.test(pre, post);
    }

    @Override
    public boolean active(int pre, int post) {
      throw new UnsupportedOperationException();
    }

    @Override
    public long activeCount() {
      throw new UnsupportedOperationException();
    }

    @Override
    public float weight(int pre, int post) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void setWeight(int pre, int post, float weight) {
      throw new UnsupportedOperationException();
    }

    @Override
    public float gradient(int pre, int post) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void addGradient(int pre, int post, float gradient) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void activate(int pre, int post, float weight) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void deactivate(int pre, int post) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Connectivity connectivity() {
      throw new UnsupportedOperationException();
    }

    @Override
    public void forEachActive(SynapseVisitor visitor) {
      throw new UnsupportedOperationException();
    }
  }

  static final Layout FIVE_BY_THREE = Layout.blocks(5, 3, new int[] {0}, new int[] {14});

  @Test
  void groupsCoresByDistanceFromEachSource() {
    LinkGroups groups =
        LinkGroups.of(new Structure(FIVE_BY_THREE, (a, b) -> true), new Ring(FIVE_BY_THREE));
    assertThat(groups.groups()).isEqualTo(2);
    assertThat(groups.distance(0)).isEqualTo(1);
    assertThat(groups.distance(1)).isEqualTo(2);
    assertThat(groups.group(2)).isEqualTo(1);
    assertThat(groups.group(3)).isNegative();
    assertThat(groups.coresAt(0, 0)).containsExactly(1, 4);
    assertThat(groups.coresAt(0, 1)).containsExactly(2, 3);
    assertThat(groups.groupOf(2, 4)).isEqualTo(1);
    assertThat(groups.groupOf(2, 2)).isEqualTo(-1);
    assertThat(groups.candidates(0, 0)).isEqualTo(6);
  }

  @Test
  void linksWithoutAllowedSynapsesAreNoCandidatesAndBudgetsRoundHalfToEven() {
    // Neuron 0 may reach nothing on core 1: one candidate fewer for core 0 at distance 1.
    LinkGroups groups =
        LinkGroups.of(
            new Structure(FIVE_BY_THREE, (a, b) -> !(a == 0 && b / 3 == 1)),
            new Ring(FIVE_BY_THREE));
    assertThat(groups.allowedCount(0, 1)).isZero();
    assertThat(groups.allowedCount(0, 4)).isEqualTo(3);
    assertThat(groups.candidates(0, 0)).isEqualTo(5);
    assertThat(groups.candidates(1, 0)).isEqualTo(6);
    // 0.25 * 6 = 1.5 rounds to 2, 0.25 * 5 = 1.25 to 1; 0.75 * 6 = 4.5 rounds to 4 (half even).
    int[][] quarter = groups.budget(HopProfile.parse("1:0.25,2:0.75"));
    assertThat(quarter[0]).containsExactly(1, 4);
    assertThat(quarter[1]).containsExactly(2, 4);
  }

  @Test
  void aProfileAtAMissingDistanceIsRejected() {
    Ring ring = new Ring(FIVE_BY_THREE);
    LinkGroups.checkProfile(HopProfile.parse("1:0.5,2:0.1,7:0"), ring, "x");
    assertThatThrownBy(() -> LinkGroups.checkProfile(HopProfile.parse("3:0.1"), ring, "x"))
        .isInstanceOf(InvalidConfigException.class)
        .hasMessage("no two cores of the target are 3 hops apart; distances that occur: [1, 2]")
        .extracting(e -> ((InvalidConfigException) e).field())
        .isEqualTo("profile.3");
    assertThatThrownBy(() -> LinkGroups.checkProfile(HopProfile.parse("0:0.5"), ring, "x"))
        .hasMessage(
            "distance 0 is a core to itself, not a link between cores; distances that occur: [1,"
                + " 2]");
  }

  @Test
  void aTargetWithoutHopsIsRejectedNamingTheSparsifier() {
    HardwareTarget flat =
        new HardwareTarget() {
          @Override
          public Layout layout() {
            return FIVE_BY_THREE;
          }

          @Override
          public MappingReport map(Connectivity network) {
            throw new UnsupportedOperationException();
          }
        };
    assertThatThrownBy(
            () -> LinkGroups.checkProfile(HopProfile.parse("1:0.5"), flat, "routing-aware-deepr"))
        .isInstanceOf(InvalidConfigException.class)
        .hasMessageStartingWith("routing-aware-deepr needs a target with hop distances")
        .extracting(e -> ((InvalidConfigException) e).field())
        .isEqualTo("type");
  }

  @Test
  void anEmptyProfileIsRejected() {
    assertThatThrownBy(() -> HopProfile.of(java.util.Map.of()))
        .isInstanceOf(InvalidConfigException.class)
        .hasMessageContaining("expected at least one distance: fraction pair");
    assertThatThrownBy(() -> HopProfile.parse(","))
        .hasMessage("expected distance:fraction pairs like 1:0.8,3:0.1, got none");
  }
}
