package org.rewire.runtime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EstimateCommandTest {
  @TempDir Path dir;

  private Path yaml(String text) throws IOException {
    Path file = dir.resolve("target.yaml");
    Files.writeString(file, text);
    return file;
  }

  @Test
  void printsPerElementSizesAndTotalDeterministically() throws IOException {
    Path file = yaml("seed: 5\ntarget:\n  type: test-line\n  cores: 3\n");
    Cli first =
        Cli.run(
            dir, "estimate", "--target", file.toString(), "--profile", "1:0.5", "--samples", "4");
    assertThat(first.exit()).as(first.err()).isZero();
    assertThat(first.out())
        .contains("test-line (" + file + "), profile 1:0.5, 4 samples, seed 5")
        .contains("core each")
        .contains("total")
        .contains("mappable in");
    Cli again =
        Cli.run(
            dir, "estimate", "--target", file.toString(), "--profile", "1:0.5", "--samples", "4");
    assertThat(again.out()).isEqualTo(first.out());
  }

  @Test
  void jsonCarriesTheEstimate() throws IOException {
    Path file = yaml("target:\n  type: test-line\n");
    Cli cli =
        Cli.run(
            dir,
            "estimate",
            "--target",
            file.toString(),
            "--profile",
            "1:1",
            "--samples",
            "2",
            "--seed",
            "9",
            "--json");
    assertThat(cli.exit()).as(cli.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(cli.out());
    assertThat(json.get("target").asText()).isEqualTo("test-line");
    assertThat(json.get("seed").asLong()).isEqualTo(9);
    assertThat(json.get("samples").asInt()).isEqualTo(2);
    assertThat(json.at("/profile/1").asDouble()).isEqualTo(1.0);
    // Every neuron reaches both neighbour cores of a line of 4 cores of 2: in-lines per core
    // 2, 4, 4, 2 -> memory (12 lines x 2 neurons) = 24, the same in every sample.
    assertThat(json.at("/total/mean").asDouble()).isEqualTo(24.0);
    assertThat(json.at("/total/std").asDouble()).isZero();
    assertThat(json.at("/per_element/core/mean").asDouble()).isEqualTo(6.0);
    assertThat(json.get("mappable_fraction").asDouble()).isEqualTo(1.0);
  }

  @Test
  void mistakesExitWithCodeTwoAndSayWhere() throws IOException {
    Path file = yaml("target:\n  type: test-line\n  cores: 0\n");
    Cli badValue = Cli.run(dir, "estimate", "--target", file.toString(), "--profile", "1:0.5");
    assertThat(badValue.exit()).isEqualTo(2);
    assertThat(badValue.err()).contains(file + ":3:10 target.cores: must be > 0, got 0");

    Path noTarget = dir.resolve("empty.yaml");
    Files.writeString(noTarget, "seed: 1\n");
    Cli missing = Cli.run(dir, "estimate", "--target", noTarget.toString(), "--profile", "1:0.5");
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err()).contains("target");

    Path ok = yaml("target:\n  type: test-line\n");
    Cli badProfile = Cli.run(dir, "estimate", "--target", ok.toString(), "--profile", "1=0.5");
    assertThat(badProfile.exit()).isEqualTo(2);
    assertThat(badProfile.err()).contains("--profile 1=0.5").contains("1:0.8,3:0.1");

    Cli noSamples =
        Cli.run(dir, "estimate", "--target", ok.toString(), "--profile", "1:1", "--samples", "0");
    assertThat(noSamples.exit()).isEqualTo(2);
    assertThat(noSamples.err()).contains("--samples must be >= 1");

    Cli noFile =
        Cli.run(
            dir, "estimate", "--target", dir.resolve("nope.yaml").toString(), "--profile", "1:1");
    assertThat(noFile.exit()).isEqualTo(2);
    assertThat(noFile.err()).contains("nope.yaml: no such file");
  }

  /**
   * Issue 12, item 4: a profile at hop distances the chip does not have, or none at all, is the
   * mistake {@code run} refuses; estimate used to print an empty network as mappable.
   */
  @org.junit.jupiter.params.ParameterizedTest(name = "--profile {0} on {1} cores")
  @org.junit.jupiter.params.provider.CsvSource(
      delimiter = '|',
      value = {
        "2:0.5 | 2 | no two cores of the target are 2 hops apart; distances that occur: [1]",
        "0:0.5 | 2 | distance 0 is a core to itself, not a link between cores; distances that"
            + " occur: [1]",
        "9:0.5 | 4 | no two cores of the target are 9 hops apart; distances that occur: [1, 2, 3]",
        "1:0.5,9:0.1 | 4 | no two cores of the target are 9 hops apart",
        "1:0.5 | 1 | no two cores of the target are 1 hops apart; distances that occur: none: the"
            + " target has a single core",
        ", | 4 | expected distance:fraction pairs like 1:0.8,3:0.1, got none",
        "1:1.5 | 4 | fraction must be between 0 and 1, got 1.5"
      })
  void aProfileTheChipCannotHaveIsRefusedAsRunRefusesIt(String profile, int cores, String why)
      throws IOException {
    Path file = yaml("target:\n  type: test-line\n  cores: " + cores + "\n");
    Cli cli = Cli.run(dir, "estimate", "--target", file.toString(), "--profile", profile);
    assertThat(cli.exit()).as(cli.out()).isEqualTo(2);
    assertThat(cli.out()).isEmpty();
    assertThat(cli.err().lines()).hasSize(1);
    assertThat(cli.err()).startsWith("rewire: --profile " + profile + ": " + why);
  }

  @Test
  void aZeroFractionAtAMissingDistanceIsAllowedAsRunAllowsIt() throws IOException {
    Path file = yaml("target:\n  type: test-line\n  cores: 2\n");
    Cli cli = Cli.run(dir, "estimate", "--target", file.toString(), "--profile", "1:0.5,2:0");
    assertThat(cli.exit()).as(cli.err()).isZero();
  }
}
