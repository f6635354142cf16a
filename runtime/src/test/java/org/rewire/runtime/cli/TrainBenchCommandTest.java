package org.rewire.runtime.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rewire bench}: one experiment, and its neuron models side by side. */
class TrainBenchCommandTest {
  @TempDir Path dir;

  private Path experiment() throws Exception {
    Path file = dir.resolve("x.yaml");
    Files.writeString(
        file,
        """
        name: x
        seed: 4
        dataset: {type: test-list, samples: 12}
        target: {type: test-grid, rows: 2}
        sparsifier: {type: test-keep}
        model: {input: {steps: 20, duration: 1.0}}
        training: {epochs: 1, batch_size: 4, threads: 1}
        """);
    return file;
  }

  private Cli rewire(String... args) {
    return Cli.run(dir.resolve("cache"), args);
  }

  @Test
  void rooflineCountsTheWorkAndMeasuresThePeak() throws Exception {
    Path file = experiment();
    Files.writeString(
        file,
        Files.readString(file).replace("{type: test-keep}", "{type: test-keep, density: 0.5}"));
    Cli text = rewire("bench", file.toString(), "--warmup", "0", "--batches", "2", "--roofline");
    assertThat(text.exit()).as(text.err()).isZero();
    assertThat(text.out())
        .contains("roofline per sample: forward ")
        .contains("backward recurrent product ")
        .contains("weight gradients ")
        .contains("% of this machine's measured ");
    Cli json =
        rewire("bench", file.toString(), "--warmup", "0", "--batches", "2", "--roofline", "--json");
    assertThat(json.exit()).as(json.err()).isZero();
    var node =
        new com.fasterxml.jackson.databind.ObjectMapper()
            .readTree(json.out().lines().reduce((a, b) -> b).orElseThrow());
    double ops =
        node.get("forward_ops_per_sample").asDouble()
            + node.get("backward_macs_per_sample").asDouble()
            + node.get("gradient_ops_per_sample").asDouble();
    assertThat(node.get("backward_macs_per_sample").asDouble()).isPositive();
    // the rate reached is the work per sample times the samples of all timed batches per second
    assertThat(node.get("achieved_ops_per_s").asDouble())
        .isCloseTo(
            ops * node.get("timed_samples_per_s").asDouble(),
            org.assertj.core.data.Percentage.withPercentage(1e-6));
    assertThat(node.get("peak_fma_per_s").asDouble()).isGreaterThan(1e8);
    assertThat(node.get("share_of_peak").asDouble()).isBetween(0.0, 1.0);
  }

  @Test
  void timesEachNeuronModelOnOneLine() throws Exception {
    Path file = experiment();
    Cli r =
        rewire(
            "bench",
            file.toString(),
            "--neurons",
            "lif,alif,cuba-lif",
            "--warmup",
            "0",
            "--batches",
            "2");
    assertThat(r.exit()).as(r.err()).isZero();
    List<String> lines = r.out().lines().toList();
    assertThat(lines).hasSize(3);
    assertThat(lines.get(0)).startsWith(file + ": lif: ").contains("1.00x lif");
    assertThat(lines.get(1)).startsWith(file + ": alif: ").contains("x lif");
    assertThat(lines.get(2)).startsWith(file + ": cuba-lif: ").contains("x lif");
    // one model alone is compared with nothing
    Cli alone = rewire("bench", file.toString(), "--warmup", "0", "--batches", "1");
    assertThat(alone.exit()).as(alone.err()).isZero();
    assertThat(alone.out()).contains("train samples/s").doesNotContain("x lif");

    Cli json =
        rewire(
            "bench",
            file.toString(),
            "--neurons",
            "cuba-lif,lif",
            "--warmup",
            "0",
            "--batches",
            "1",
            "--json",
            "--set",
            "model.learn_tau=true");
    assertThat(json.exit()).as(json.err()).isZero();
    List<String> objects = json.out().lines().toList();
    assertThat(objects).hasSize(2);
    JsonNode first = new ObjectMapper().readTree(objects.get(0));
    assertThat(first.get("neuron").asText()).isEqualTo("cuba-lif");
    assertThat(first.get("cost_vs_first").asDouble()).isEqualTo(1.0);
    assertThat(new ObjectMapper().readTree(objects.get(1)).get("neuron").asText()).isEqualTo("lif");
  }

  @Test
  void withoutNeuronsTimesTheExperimentsOwnModel() throws Exception {
    Path file = experiment();
    Cli r = rewire("bench", file.toString(), "--warmup", "0", "--batches", "1");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).startsWith(file + ": lif: ").hasLineCount(1);
  }

  @Test
  void anUnknownModelOrAKeyOfAnotherModelStopsWithOneLine() throws Exception {
    Path file = experiment();
    Cli unknown = rewire("bench", file.toString(), "--neurons", "lif,hh");
    assertThat(unknown.exit()).isEqualTo(2);
    assertThat(unknown.err())
        .isEqualTo(
            "rewire: --neurons: unknown neuron model 'hh'; installed: lif, alif, cuba-lif\n");
    Cli foreign =
        rewire("bench", file.toString(), "--neurons", "alif,lif", "--set", "model.beta=1");
    assertThat(foreign.exit()).isEqualTo(2);
    assertThat(foreign.err())
        .startsWith("rewire: --set model.beta=1 model.beta: 'beta' is a parameter of neuron model")
        .endsWith(" (with model.neuron lif from --neurons)\n")
        .hasLineCount(1);
  }

  @Test
  void jsonGivesTheMedianBatchAndTheTimedBatchesTogether() throws IOException {
    Path file = TinySweep.experiment(dir, "{type: test-keep}", 1);
    Cli cli = Cli.run(dir, "bench", file.toString(), "--json", "--warmup", "1", "--batches", "3");
    assertThat(cli.exit()).as(cli.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(cli.out().strip());
    assertThat(json.get("batches").asInt()).isEqualTo(3);
    assertThat(json.get("batch_size").asInt()).isEqualTo(4);
    double median = json.get("median_batch_s").asDouble();
    double timed = json.get("timed_s").asDouble();
    assertThat(median).isPositive();
    // Three timed steps: two of them take at least the median, so together at least twice it.
    assertThat(timed).isGreaterThanOrEqualTo(2 * median);
    assertThat(json.get("train_samples_per_s").asDouble()).isCloseTo(4 / median, within(1e-9));
    assertThat(json.get("peak_rss_mib").asLong()).isPositive();
  }

  @Test
  void noTimedBatchIsTheUsersMistake() throws IOException {
    Path file = TinySweep.experiment(dir, "{type: test-keep}", 1);
    Cli cli = Cli.run(dir, "bench", file.toString(), "--batches", "0");
    assertThat(cli.exit()).isEqualTo(2);
    assertThat(cli.err()).contains("--batches >= 1");
  }
}
