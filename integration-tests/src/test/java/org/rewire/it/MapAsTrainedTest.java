package org.rewire.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rewire map} of a run folder, and of the run's NIR export onto the run's own config, maps
 * what training mapped: on xylo-class, which stores the input weights, the memory includes them.
 */
class MapAsTrainedTest {
  @TempDir Path dir;

  @Test
  void mapOfARunAndOfItsExportGiveTheRunsMemoryInputWeightsIncluded() throws Exception {
    Path file = dir.resolve("xy.yaml");
    Files.writeString(
        file,
        """
        name: xy
        seed: 1
        dataset: {type: randman, channels: 8, classes: 2, samples: 32, test_samples: 8, dim_manifold: 1}
        model: {neuron: cuba-lif, tau: 0.032, tau_syn: 0.004, input: {steps: 10, duration: 1.0}}
        target: {type: xylo-class, hidden: 32, input_core: 16}
        sparsifier: {type: constrained-deepr, budget: 200, rewire: epoch}
        training: {epochs: 1, batch_size: 8}
        """);
    Path cache = dir.resolve("cache");
    Cli.Result run =
        Cli.rewire(cache, "run", file.toString(), "--output", dir.resolve("runs").toString());
    assertThat(run.code()).as(run.err()).isZero();
    Path folder = dir.resolve("runs/xy");
    JsonNode trained = new ObjectMapper().readTree(folder.resolve("mapping.json").toFile());
    long memory = trained.get("total_memory").asLong();
    long input = trained.at("/memory_by_kind/input").asLong();
    assertThat(input).as("the run mapped its input weights").isPositive();

    Cli.Result map = Cli.rewire(cache, "map", folder.toString());
    assertThat(map.code()).as(map.err()).isZero();
    JsonNode mapped = new ObjectMapper().readTree(folder.resolve("mapping.json").toFile());
    assertThat(mapped.get("total_memory").asLong()).isEqualTo(memory);
    assertThat(mapped.at("/memory_by_kind/input").asLong()).isEqualTo(input);

    Path nir = folder.resolve("network.nir");
    assertThat(Cli.rewire(cache, "export", folder.toString()).code()).isZero();
    Cli.Result fromNir =
        Cli.rewire(
            cache,
            "map",
            nir.toString(),
            "--target",
            folder.resolve("config.yaml").toString(),
            "--output",
            dir.toString());
    assertThat(fromNir.code()).as(fromNir.err()).isZero();
    JsonNode imported = new ObjectMapper().readTree(dir.resolve("network.mapping.json").toFile());
    assertThat(imported.get("total_memory").asLong()).isEqualTo(memory);
    assertThat(imported.at("/memory_by_kind/input").asLong()).isEqualTo(input);

    // A run whose config was edited since (its checkpoint no longer matches), or that has no
    // checkpoint, still maps, without its input weights, and says so.
    Path config = folder.resolve("config.yaml");
    Files.writeString(config, Files.readString(config).replaceFirst("fan_out: 64", "fan_out: 32"));
    Cli.Result edited = Cli.rewire(cache, "map", folder.toString());
    assertThat(edited.code()).as(edited.err()).isZero();
    assertThat(edited.err())
        .startsWith("rewire: warning: input weights not mapped (")
        .contains("written for another config")
        .doesNotContain("--force")
        .hasLineCount(1);
    Files.delete(folder.resolve("checkpoint.bin"));
    Cli.Result none = Cli.rewire(cache, "map", folder.toString());
    assertThat(none.code()).isZero();
    assertThat(none.err())
        .isEqualTo(
            "rewire: warning: input weights not mapped (no checkpoint.bin): a target that stores"
                + " them counts less memory than the run did\n");
  }
}
