package org.rewire.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rewire.api.HardwareTargetProvider;
import org.rewire.testkit.LineTarget.Fault;
import org.rewire.testkit.LineTarget.LineConfig;

/** {@link HardwareTargetContract} passes a correct target and fails each broken one where it is. */
class HardwareTargetContractTest {

  /** The suite a vendor would write, over a target with one fault. */
  abstract static class LineSuite extends HardwareTargetContract<LineConfig> {
    private final Fault fault;

    LineSuite(Fault fault) {
      this.fault = fault;
    }

    @Override
    protected HardwareTargetProvider<LineConfig> provider() {
      return new LineTarget.Provider(fault);
    }

    @Override
    protected LineConfig config() {
      return new LineConfig(4, 8);
    }
  }

  static class Correct extends LineSuite {
    Correct() {
      super(Fault.NONE);
    }
  }

  static class MapChangesPerCall extends LineSuite {
    MapChangesPerCall() {
      super(Fault.MAP_CHANGES_PER_CALL);
    }
  }

  static class NegativeDistance extends LineSuite {
    NegativeDistance() {
      super(Fault.NEGATIVE_DISTANCE);
    }
  }

  static class MapsAnySize extends LineSuite {
    MapsAnySize() {
      super(Fault.MAPS_ANY_SIZE);
    }
  }

  @Test
  void aCorrectTargetPassesEveryCheck() {
    Map<String, String> outcomes = KitRun.outcomes(Correct.class);
    assertThat(outcomes)
        .containsKeys(
            "typeIsAStableKebabCaseName",
            "configKeysAreSnakeCaseAndOptionalOnesCanBeLeftOut",
            "configRebuildsFromItsOwnValues",
            "aSectionWithOnlyTheRequiredKeysBinds",
            "layoutIsConsistent",
            "distanceIsZeroOnTheDiagonalAndNonNegative",
            "mappingIsDeterministicAndCountsTheNetwork",
            "anEmptyNetworkNeedsNoMoreThanAFullOne",
            "aNetworkOfTheWrongSizeIsRejected",
            "mappingFromSeveralThreadsGivesTheSameReport",
            "estimateIsDeterministicForASeed");
    outcomes.remove("aRequiredKeyGivenNullFailsNamingIt"); // skipped: no key is required
    assertThat(outcomes.values()).allMatch("SUCCESSFUL"::equals, "successful");
  }

  @Test
  void aMappingThatChangesFromCallToCallFailsTheDeterminismChecks() {
    assertThat(KitRun.failures(MapChangesPerCall.class))
        .containsOnlyKeys(
            "mappingIsDeterministicAndCountsTheNetwork",
            "mappingFromSeveralThreadsGivesTheSameReport",
            "estimateIsDeterministicForASeed");
  }

  @Test
  void aNegativeDistanceFailsTheDistanceCheck() {
    assertThat(KitRun.failures(NegativeDistance.class))
        .containsOnlyKeys("distanceIsZeroOnTheDiagonalAndNonNegative");
  }

  @Test
  void aTargetThatMapsAnyNetworkSizeFailsTheSizeCheck() {
    assertThat(KitRun.failures(MapsAnySize.class))
        .containsOnlyKeys("aNetworkOfTheWrongSizeIsRejected");
  }
}
