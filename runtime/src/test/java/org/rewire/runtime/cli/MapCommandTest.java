package org.rewire.runtime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rewire.api.Connectivity;
import org.rewire.runtime.output.NetworkFile;

class MapCommandTest {
  @TempDir Path dir;

  private Path runFolder(int capacity, Connectivity network) throws IOException {
    Path run = dir.resolve("run");
    Files.createDirectories(run);
    Files.writeString(
        run.resolve("config.yaml"),
        "name: demo\nseed: 1\ndataset: {type: test-list}\ntarget:\n  type: test-line\n  cores: 3\n"
            + "  capacity: "
            + capacity
            + "\n");
    NetworkFile.write(run.resolve(NetworkFile.NAME), network);
    return run;
  }

  /** 3 cores of 2 neurons; neurons 0 and 1 (core 0) both reach core 2, neuron 2 reaches core 0. */
  private static Connectivity network() {
    return new Connectivity.Builder(6).add(0, 4).add(0, 5).add(1, 4).add(2, 0).add(3, 2).build();
  }

  @Test
  void writesMappingJsonAndPictureAndPrintsASummary() throws IOException {
    Path run = runFolder(1, network());
    Cli cli = Cli.run(dir, "map", run.toString());
    assertThat(cli.exit()).as(cli.err()).isZero();
    assertThat(cli.out())
        .contains("test-line: 6 neurons, 5 synapses, 3 routed links")
        .contains("memory: 6 devices (core 6)")
        .contains("mappable: no, 1 capacity exceeded; worst: core 2 in_W: 2 lines > limit 1");
    JsonNode json = new ObjectMapper().readTree(run.resolve("mapping.json").toFile());
    assertThat(json.get("mappable").asBoolean()).isFalse();
    assertThat(json.get("links").asLong()).isEqualTo(3);
    assertThat(json.at("/violations/0/element").asText()).isEqualTo("core 2");
    // The two lines into core 2 are neurons 0 and 1, with their synapses 0->4, 0->5, 1->4.
    assertThat(json.at("/violations/0/load_unit").asText()).isEqualTo("sources");
    assertThat(json.at("/violations/0/blamed_synapses").asLong()).isEqualTo(3);
    assertThat(json.at("/violations/0/blamed_sources").asInt()).isEqualTo(2);
    assertThat(json.at("/elements/2/capacities/0/name").asText()).isEqualTo("in_W");
    assertThat(json.at("/elements/2/capacities/0/used").asInt()).isEqualTo(2);
    BufferedImage png = ImageIO.read(run.resolve("chip.png").toFile());
    assertThat(png.getWidth()).isGreaterThan(100);
  }

  @Test
  void aFittingNetworkIsReportedMappable() throws IOException {
    Path run = runFolder(4, network());
    Cli cli = Cli.run(dir, "map", run.toString(), "--shade", "memory");
    assertThat(cli.exit()).as(cli.err()).isZero();
    assertThat(cli.out()).contains("mappable: yes");
  }

  @Test
  void userMistakesExitWithCodeTwo() throws IOException {
    Cli notAFolder = Cli.run(dir, "map", dir.resolve("missing").toString());
    assertThat(notAFolder.exit()).isEqualTo(2);
    assertThat(notAFolder.err()).contains("not a folder");

    Cli noConfig = Cli.run(dir, "map", dir.toString());
    assertThat(noConfig.exit()).isEqualTo(2);
    assertThat(noConfig.err()).contains("no config.yaml");

    Path run = runFolder(4, new Connectivity.Builder(4).build());
    Cli wrongSize = Cli.run(dir, "map", run.toString());
    assertThat(wrongSize.exit()).isEqualTo(2);
    assertThat(wrongSize.err()).contains("4 neurons, but the target").contains("has 6");

    Files.delete(run.resolve(NetworkFile.NAME));
    Cli noNetwork = Cli.run(dir, "map", run.toString());
    assertThat(noNetwork.exit()).isEqualTo(2);
    assertThat(noNetwork.err()).contains("network.json: no such file");

    Cli badShade = Cli.run(dir, "map", run.toString(), "--shade", "colour");
    assertThat(badShade.exit()).isEqualTo(2);
    assertThat(badShade.err()).contains("--shade colour");
  }
}
