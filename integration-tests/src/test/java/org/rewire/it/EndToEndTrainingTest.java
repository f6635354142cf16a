package org.rewire.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A whole run with the built-in plugins, as a user starts it: synthetic data, the Mosaic chip,
 * routing-aware DeepR; the run folder holds what the README promises.
 */
class EndToEndTrainingTest {
  @TempDir Path work;

  private Path experiment(String sparsifier) throws Exception {
    Path file = work.resolve(sparsifier + ".yaml");
    Files.writeString(
        file,
        """
        name: e2e
        seed: 5
        dataset: {type: randman, channels: 8, classes: 2, samples: 16, test_samples: 4, dim_manifold: 1}
        model: {input: {steps: 12, duration: 1.0}}
        target: {type: mosaic, rows: 2, cols: 2, tile_size: 8, inputs: 8}
        sparsifier: {type: %s, profile: {1: 0.5}, prune_count: 2}
        training: {epochs: 3, batch_size: 8, threads: 2}
        """
            .formatted(sparsifier));
    return file;
  }

  @Test
  void routingAwareRunWritesAMappableNetworkAndItsMapping() throws Exception {
    Path runs = work.resolve("runs");
    Cli.Result r =
        Cli.rewire(
            work.resolve("cache"),
            "run",
            experiment("routing-aware-deepr").toString(),
            "--output",
            runs.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("test accuracy: ")
        .contains("mapped memory: ")
        .contains("mappable: yes")
        .contains("run folder: " + runs.resolve("e2e"));
    Path run = runs.resolve("e2e");
    for (String name :
        List.of(
            "config.yaml",
            "provenance.json",
            "metrics.csv",
            "metrics.json",
            "network.json",
            "mapping.json",
            "chip.png",
            "curves.png")) {
      assertThat(run.resolve(name)).as(name).isNotEmptyFile();
    }
    JsonNode metrics = new ObjectMapper().readTree(run.resolve("metrics.json").toFile());
    assertThat(metrics).hasSize(3);
    for (JsonNode row : metrics) {
      assertThat(row.get("mappable").asBoolean()).isTrue();
      assertThat(row.get("sparsifier_synapses").asLong()).isPositive();
      assertThat(row.get("memory").asLong()).isPositive();
    }
    JsonNode mapping = new ObjectMapper().readTree(run.resolve("mapping.json").toFile());
    assertThat(mapping.get("mappable").asBoolean()).isTrue();

    // The resolved config in the run folder runs again as it is, to the same metrics.
    Cli.Result again =
        Cli.rewire(
            work.resolve("cache"),
            "run",
            run.resolve("config.yaml").toString(),
            "--output",
            work.resolve("again").toString());
    assertThat(again.code()).as(again.err()).isZero();
    assertThat(work.resolve("again/e2e/metrics.csv"))
        .hasSameTextualContentAs(run.resolve("metrics.csv"));
  }
}
