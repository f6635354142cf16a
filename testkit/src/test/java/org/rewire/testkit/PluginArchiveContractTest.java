package org.rewire.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Without a Rewire to launch, the packaged-plugin checks are skipped, saying how to run them. */
class PluginArchiveContractTest {
  /** A vendor's suite; this build sets neither rewire.launcher nor REWIRE_LAUNCHER. */
  static class NoLauncher extends PluginArchiveContract {
    @Override
    protected Path experiment() {
      return Path.of("experiment.yaml");
    }
  }

  @Test
  void withoutALauncherBothChecksAreSkippedNamingThePropertyAndTheVariable() {
    assertThat(System.getProperty(PluginArchiveContract.LAUNCHER_PROPERTY)).isNull();
    assertThat(System.getenv(PluginArchiveContract.LAUNCHER_ENV)).isNull();
    assertThat(KitRun.outcomes(NoLauncher.class))
        .containsOnlyKeys("rewireListsThePackagedPlugin", "aShortExperimentRunsOnThePackagedPlugin")
        .allSatisfy(
            (test, outcome) ->
                assertThat(outcome)
                    .startsWith("ABORTED")
                    .contains("set the system property rewire.launcher")
                    .contains("REWIRE_LAUNCHER"));
  }
}
