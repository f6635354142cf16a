package org.rewire.runtime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rewire.runtime.testplugins.RewireSparsifierProvider;

/** A sweep continues a run that stopped mid-way from its checkpoint instead of starting it over. */
class SweepResumeTest {
  @TempDir Path dir;

  @AfterEach
  void noFailure() {
    RewireSparsifierProvider.failAfterEpoch = -1;
  }

  /** Runs the sweep into {@code output} with one worker. */
  Cli sweep(Path output) throws Exception {
    return sweep(output, "--workers", "1");
  }

  /** Runs {@code rewire sweep FILE options} over seeds 1 and 2 into {@code output}. */
  Cli sweep(Path output, String... options) throws Exception {
    TinySweep.experiment(dir, "{type: test-rewire}", 3);
    Path file = TinySweep.sweepFile(dir, output, "grid: {seed: [1, 2]}\n");
    List<String> args = new ArrayList<>(List.of("sweep", file.toString()));
    args.addAll(List.of(options));
    return Cli.run(dir.resolve("cache"), args.toArray(String[]::new));
  }

  /**
   * The whole sweep with one worker, or only run 1 ({@code seed=2}) as one task of a job array:
   * either way the stopped run continues in place to the files an uninterrupted run writes.
   */
  @ParameterizedTest(name = "rewire sweep FILE {0}")
  @ValueSource(strings = {"--workers=1", "--run-index=1"})
  void aStoppedRunResumesFromItsCheckpointToTheResultOfAnUninterruptedOne(String option)
      throws Exception {
    Path whole = dir.resolve("whole");
    assertThat(sweep(whole).exit()).isZero();

    Path parts = dir.resolve("parts");
    RewireSparsifierProvider.failAfterEpoch = 1;
    Cli stopped = sweep(parts, option);
    RewireSparsifierProvider.failAfterEpoch = -1;
    assertThat(stopped.exit()).isEqualTo(1);
    assertThat(stopped.out()).contains("seed=2 FAILED: ").doesNotContain("seed=2 test");
    Path run = parts.resolve("s/runs/seed=2");
    String provenance = Files.readString(run.resolve("provenance.json"));

    Cli resumed = sweep(parts, option);
    assertThat(resumed.exit()).as(resumed.out() + resumed.err()).isZero();
    assertThat(resumed.out()).contains("seed=2 test ");
    assertThat(Files.readString(run.resolve("provenance.json")))
        .as("resumed in place, not started again")
        .isEqualTo(provenance);
    try (var runs = Files.list(parts.resolve("s/runs"))) {
      for (Path done : runs.toList()) {
        assertSameResults(parts, whole, done.getFileName().toString());
      }
    }
  }

  private static void assertSameResults(Path parts, Path whole, String run) {
    for (String name : ResumeCommandTest.RESULTS) {
      assertThat(parts.resolve("s/runs").resolve(run).resolve(name))
          .as(run + "/" + name)
          .hasSameBinaryContentAs(whole.resolve("s/runs").resolve(run).resolve(name));
    }
  }
}
