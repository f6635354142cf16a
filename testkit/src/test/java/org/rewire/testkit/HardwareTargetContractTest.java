package org.rewire.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rewire.api.BuildContext;
import org.rewire.api.HardwareTarget;
import org.rewire.api.HardwareTargetProvider;
import org.rewire.testkit.LineTarget.Fault;
import org.rewire.testkit.LineTarget.LineConfig;

/** {@link HardwareTargetContract} passes a correct target and fails each broken one where it is. */
class HardwareTargetContractTest {

  /** The suite a vendor would write, over a target with one fault. */
  abstract static class LineSuite extends HardwareTargetContract<LineConfig> {
    private final HardwareTargetProvider<LineConfig> provider;

    LineSuite(Fault fault) {
      this(new LineTarget.Provider(fault));
    }

    LineSuite(HardwareTargetProvider<LineConfig> provider) {
      this.provider = provider;
    }

    @Override
    protected HardwareTargetProvider<LineConfig> provider() {
      return provider;
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

  /** The correct target, from a provider missing in {@code META-INF/services}. */
  static final class UnlistedProvider implements HardwareTargetProvider<LineConfig> {
    private final LineTarget.Provider line = new LineTarget.Provider();

    @Override
    public String type() {
      return line.type();
    }

    @Override
    public Class<LineConfig> configType() {
      return line.configType();
    }

    @Override
    public HardwareTarget create(LineConfig config, BuildContext context) {
      return line.create(config, context);
    }
  }

  static class Unlisted extends LineSuite {
    Unlisted() {
      super(new UnlistedProvider());
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

  static class BlamesTooFew extends LineSuite {
    BlamesTooFew() {
      super(Fault.BLAMES_TOO_FEW);
    }
  }

  static class ConstraintsTooSmall extends LineSuite {
    ConstraintsTooSmall() {
      super(Fault.CONSTRAINTS_TOO_SMALL);
    }
  }

  /** A chip with exactly 4 output neurons, whatever the dataset: it builds with classes <= 4. */
  static final class FourOutputProvider implements HardwareTargetProvider<LineConfig> {
    private final LineTarget.Provider line = new LineTarget.Provider();

    @Override
    public String type() {
      return line.type();
    }

    @Override
    public Class<LineConfig> configType() {
      return line.configType();
    }

    @Override
    public HardwareTarget create(LineConfig config, BuildContext context) {
      if (context.classes().orElse(4) > 4) {
        throw new org.rewire.api.InvalidConfigException(
            "classes", "the chip reads out at most 4 classes");
      }
      return line.create(config, KitBuildContext.of(context.seed(), Path.of("."), 4, 1));
    }
  }

  static class FourOutputChip extends LineSuite {
    FourOutputChip() {
      super(new FourOutputProvider());
    }
  }

  /** The vendor's test asks for more classes than the chip reads out. */
  static class SixClassesOnFourOutputs extends LineSuite {
    SixClassesOnFourOutputs() {
      super(new LineTarget.Provider());
    }

    @Override
    protected java.util.OptionalInt classes() {
      return java.util.OptionalInt.of(6);
    }

    @Override
    protected HardwareTarget target(long seed) {
      return new FourOutputProvider().create(config(), KitBuildContext.of(seed, folder, 4, 1));
    }
  }

  @Test
  void aChipWithFourOutputNeuronsIsTestedWithFourClassesAndPasses() {
    Map<String, String> outcomes = KitRun.outcomes(FourOutputChip.class);
    outcomes.remove("aRequiredKeyGivenNullFailsNamingIt"); // skipped: no key is required
    outcomes.remove("providerIsRegisteredAsAService"); // the test's provider is not listed
    assertThat(outcomes).containsKey("layoutIsConsistent");
    assertThat(outcomes.values()).allMatch("SUCCESSFUL"::equals, "successful");
  }

  @Test
  void moreClassesThanTheChipHasOutputsFailTheLayoutCheckNamingThem() {
    assertThat(KitRun.failures(SixClassesOnFourOutputs.class))
        .containsOnlyKeys("layoutIsConsistent")
        .allSatisfy(
            (test, outcome) ->
                assertThat(outcome).contains("an output neuron for each of the 6 classes"));
  }

  @Test
  void aCorrectTargetPassesEveryCheck() {
    Map<String, String> outcomes = KitRun.outcomes(Correct.class);
    assertThat(outcomes)
        .containsKeys(
            "providerIsRegisteredAsAService",
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
            "estimateIsDeterministicForASeed",
            "constraintsAgreeWithTheLayout",
            "theInputWeightsDoNotChangeTheMappingOfATargetThatIgnoresThem",
            "violationsAreTheExceededCapacities",
            "violationsBlameSynapsesOfTheNetworkThatCarryTheirLoad",
            "removingAViolationsBlamedSynapsesRemovesIt");
    outcomes.remove("aRequiredKeyGivenNullFailsNamingIt"); // skipped: no key is required
    assertThat(outcomes.values()).allMatch("SUCCESSFUL"::equals, "successful");
  }

  @Test
  void aMappingThatChangesFromCallToCallFailsTheDeterminismChecks() {
    assertThat(KitRun.failures(MapChangesPerCall.class))
        .containsOnlyKeys(
            "mappingIsDeterministicAndCountsTheNetwork",
            "mappingFromSeveralThreadsGivesTheSameReport",
            "theInputWeightsDoNotChangeTheMappingOfATargetThatIgnoresThem",
            "estimateIsDeterministicForASeed");
  }

  @Test
  void aViolationThatBlamesTooFewSynapsesFailsTheBlameChecks() {
    assertThat(KitRun.failures(BlamesTooFew.class))
        .containsOnlyKeys(
            "violationsBlameSynapsesOfTheNetworkThatCarryTheirLoad",
            "removingAViolationsBlamedSynapsesRemovesIt");
  }

  @Test
  void constraintsThatDoNotHoldTheLayoutFailTheConstraintCheck() {
    assertThat(KitRun.failures(ConstraintsTooSmall.class))
        .containsOnlyKeys("constraintsAgreeWithTheLayout")
        .allSatisfy((test, outcome) -> assertThat(outcome).contains("output neurons"));
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

  @Test
  void aProviderMissingFromMetaInfServicesFailsTheRegistrationCheck() {
    assertThat(KitRun.failures(Unlisted.class))
        .containsOnlyKeys("providerIsRegisteredAsAService")
        .allSatisfy(
            (test, outcome) ->
                assertThat(outcome)
                    .contains("META-INF/services/org.rewire.api.HardwareTargetProvider")
                    .contains("UnlistedProvider"));
  }
}
