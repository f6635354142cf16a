package org.rewire.runtime.engine.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rewire.runtime.data.BinnedSample;
import org.rewire.runtime.engine.EngineOptions;
import org.rewire.runtime.engine.SpikingNetwork;
import picocli.CommandLine;

class BenchCommandTest {

  @Test
  void buildsThePapersNetwork() {
    EngineBench.Settings s = EngineBench.Settings.paper(10, 0, 1, EngineOptions.withThreads(1));
    SpikingNetwork net = EngineBench.network(s);
    assertThat(net.layout().neurons()).isEqualTo(800);
    assertThat(net.inputWeights().count()).isEqualTo(128 * 32);
    // intra-tile blocks (minus the 4 input tiles and the 10 x 10 output block) plus all 80
    // neighbour links per tile pair of 32 x 32 weights; p3 = 0.1 adds roughly 64 * 32 * 0.1 * 32
    long fixed = 21 * 32 * 32 - 100 + 80 * 32 * 32;
    long recurrent = net.recurrentWeights().count();
    assertThat(recurrent - fixed).isBetween(4000L, 9000L);
    assertThat(recurrent % 32).as("links bring whole tiles").isEqualTo((fixed) % 32);
  }

  @Test
  void printsAJsonSummaryLine() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    int code =
        new CommandLine(new BenchCommand(out))
            .execute(
                "--batch",
                "8",
                "--warmup",
                "0",
                "--batches",
                "1",
                "--samples",
                "8",
                "--threads",
                "1",
                "--simd",
                "scalar");
    assertThat(code).isZero();
    String[] lines = bytes.toString(StandardCharsets.UTF_8).trim().split("\n");
    assertThat(lines[lines.length - 1])
        .startsWith("{\"engine\": \"rewire\"")
        .contains("\"train_samples_per_s\": ")
        .contains("\"kernels\": \"scalar\"");
  }

  @Test
  void syntheticSamplesHaveTheAskedDensity() {
    List<BinnedSample> samples = SyntheticBinnedSamples.generate(50, 128, 100, 10, 8, 1);
    long events = samples.stream().mapToLong(BinnedSample::events).sum();
    assertThat(events / (50.0 * 100)).isBetween(7.0, 9.0);
    assertThat(samples.get(13).label()).isEqualTo(3);
  }
}
