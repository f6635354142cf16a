package org.rewire.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rewire.api.HardwareTarget;
import org.rewire.api.SparsifierProvider;
import org.rewire.testkit.SwapSparsifier.Fault;
import org.rewire.testkit.SwapSparsifier.SwapConfig;

/** {@link SparsifierContract} passes a correct sparsifier and fails each broken one where it is. */
class SparsifierContractTest {

  /** The suite a vendor would write, over a sparsifier with one fault. */
  abstract static class SwapSuite extends SparsifierContract<SwapConfig> {
    private final Fault fault;

    SwapSuite(Fault fault) {
      this.fault = fault;
    }

    @Override
    protected SparsifierProvider<SwapConfig> provider() {
      return new SwapSparsifier.Provider(fault);
    }

    @Override
    protected SwapConfig config() {
      return new SwapConfig(0.3);
    }

    @Override
    protected HardwareTarget target() {
      return new LineTarget.Provider(LineTarget.Fault.NONE)
          .create(new LineTarget.LineConfig(4, 8), KitBuildContext.of(1, Path.of(".")));
    }
  }

  static class Correct extends SwapSuite {
    Correct() {
      super(Fault.NONE);
    }
  }

  /** The correct sparsifier on the paper's model: input weights trained and checkpointed too. */
  static class CorrectOnThePaperModel extends Correct {
    @Override
    protected ArraySparseNetwork network() {
      return ArraySparseNetwork.paperModel(target().layout());
    }
  }

  static class IgnoresAllowed extends SwapSuite {
    IgnoresAllowed() {
      super(Fault.IGNORES_ALLOWED);
    }
  }

  static class OwnRandomness extends SwapSuite {
    OwnRandomness() {
      super(Fault.OWN_RANDOMNESS);
    }
  }

  static class RestoreDraws extends SwapSuite {
    RestoreDraws() {
      super(Fault.RESTORE_DRAWS);
    }
  }

  static class ForgetsState extends SwapSuite {
    ForgetsState() {
      super(Fault.FORGETS_STATE);
    }
  }

  @Test
  void aCorrectSparsifierPassesEveryCheck() {
    for (Class<?> suite : new Class<?>[] {Correct.class, CorrectOnThePaperModel.class}) {
      Map<String, String> outcomes = KitRun.outcomes(suite);
      assertThat(outcomes)
          .as(suite.getSimpleName())
          .containsKeys(
              "providerIsRegisteredAsAService",
              "aRestoredSparsifierContinuesAsTheOriginal",
              "initializationActivatesOnlyAllowedSynapsesWithFiniteWeights",
              "theSameSeedGivesTheSameNetworkThroughTraining",
              "trainingKeepsOnlyAllowedSynapses");
      outcomes.remove("aRequiredKeyGivenNullFailsNamingIt"); // skipped: no key is required
      assertThat(outcomes.values())
          .as(suite.getSimpleName())
          .allMatch("SUCCESSFUL"::equals, "successful");
    }
  }

  @Test
  void activatingForbiddenSynapsesFailsEveryTrainingCheck() {
    assertThat(KitRun.failures(IgnoresAllowed.class))
        .containsOnlyKeys(
            "aRestoredSparsifierContinuesAsTheOriginal",
            "initializationActivatesOnlyAllowedSynapsesWithFiniteWeights",
            "theSameSeedGivesTheSameNetworkThroughTraining",
            "trainingKeepsOnlyAllowedSynapses")
        .allSatisfy((test, outcome) -> assertThat(outcome).contains("is not allowed"));
  }

  @Test
  void randomnessOutsideTheContextsStreamFailsTheDeterminismChecks() {
    assertThat(KitRun.failures(OwnRandomness.class))
        .containsOnlyKeys(
            "aRestoredSparsifierContinuesAsTheOriginal",
            "theSameSeedGivesTheSameNetworkThroughTraining");
  }

  @Test
  void aRestoreThatDrawsFromTheRandomStreamFailsTheResumeCheck() {
    assertThat(KitRun.failures(RestoreDraws.class))
        .containsOnlyKeys("aRestoredSparsifierContinuesAsTheOriginal")
        .allSatisfy(
            (test, outcome) ->
                assertThat(outcome).contains("restoreState draws nothing from the random stream"));
  }

  @Test
  void aSavedStateThatMissesSomethingFailsTheResumeCheck() {
    assertThat(KitRun.failures(ForgetsState.class))
        .containsOnlyKeys("aRestoredSparsifierContinuesAsTheOriginal")
        .allSatisfy((test, outcome) -> assertThat(outcome).contains("swaps"));
  }
}
