package org.rewire.runtime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rewire.runtime.testplugins.RewireSparsifierProvider;

/** A sweep continues a run that stopped mid-way from its checkpoint instead of starting it over. */
class SweepResumeTest {
  @TempDir Path dir;

  @AfterEach
  void noFailure() {
    RewireSparsifierProvider.failAfterEpoch = -1;
  }

  Cli sweep(Path output) throws Exception {
    TinySweep.experiment(dir, "{type: test-rewire}", 3);
    Path file = TinySweep.sweepFile(dir, output, "grid: {seed: [1, 2]}\n");
    return Cli.run(dir.resolve("cache"), "sweep", file.toString(), "--workers", "1");
  }

  @Test
  void aStoppedRunResumesFromItsCheckpointToTheResultOfAnUninterruptedOne() throws Exception {
    Path whole = dir.resolve("whole");
    assertThat(sweep(whole).exit()).isZero();

    Path parts = dir.resolve("parts");
    RewireSparsifierProvider.failAfterEpoch = 1;
    Cli stopped = sweep(parts);
    RewireSparsifierProvider.failAfterEpoch = -1;
    assertThat(stopped.out()).contains("0 done, 2 failed");
    Path run = parts.resolve("s/runs/seed=2");
    String provenance = Files.readString(run.resolve("provenance.json"));

    Cli resumed = sweep(parts);
    assertThat(resumed.exit()).as(resumed.out()).isZero();
    assertThat(resumed.out()).contains("2 done, 0 failed");
    assertThat(Files.readString(run.resolve("provenance.json")))
        .as("resumed in place, not started again")
        .isEqualTo(provenance);
    for (String seed : new String[] {"seed=1", "seed=2"}) {
      for (String name : ResumeCommandTest.RESULTS) {
        assertThat(parts.resolve("s/runs").resolve(seed).resolve(name))
            .as(seed + "/" + name)
            .hasSameBinaryContentAs(whole.resolve("s/runs").resolve(seed).resolve(name));
      }
    }
  }
}
