package org.rewire.runtime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchMapCommandTest {
  @TempDir Path dir;

  @Test
  void printsTheNetworkAndTheTimings() throws IOException {
    Path file = dir.resolve("t.yaml");
    Files.writeString(file, "target: {type: test-line}\n");
    Cli cli =
        Cli.run(
            dir,
            "bench-map",
            "--target",
            file.toString(),
            "--profile",
            "1:1",
            "--networks",
            "1",
            "--warmup",
            "0",
            "--repeats",
            "2");
    assertThat(cli.exit()).as(cli.err()).isZero();
    assertThat(cli.out())
        .contains("test-line (" + file + "): 8 neurons, 4 cores; profile 1:1.0; 1 networks x 2")
        .contains("network: 40 synapses, 12 routed links")
        .containsPattern("map: median [0-9.]+ ms \\(p10 [0-9.]+, p90 [0-9.]+\\)");
  }

  @Test
  void badCountsAreTheUsersMistake() throws IOException {
    Path file = dir.resolve("t.yaml");
    Files.writeString(file, "target: {type: test-line}\n");
    Cli cli = Cli.run(dir, "bench-map", "--target", file.toString(), "--repeats", "0");
    assertThat(cli.exit()).isEqualTo(2);
    assertThat(cli.err()).contains("repeats >= 1");
  }
}
