package org.rewire.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code shd} dataset holding out speakers, run as a user runs it: the shd plugin's speaker
 * fixtures (training file speakers 0-3, test file 0-4), the Mosaic chip, DeepR.
 */
class SpeakerSplitEndToEndTest {
  static final Path FIXTURES = Path.of("../plugins/shd/src/test/resources/org/rewire/shd");

  @TempDir Path work;

  Path experiment(String speakers) throws Exception {
    for (String name : new String[] {"speakers_train.h5", "speakers_test.h5"}) {
      Files.copy(FIXTURES.resolve(name), work.resolve(name));
    }
    return Files.writeString(
        work.resolve("x.yaml"),
        """
        name: x
        seed: 2
        dataset: {type: shd, train: speakers_train.h5, test: speakers_test.h5%s}
        model: {input: {steps: 10, duration: 0.2}}
        target: {type: mosaic, rows: 2, cols: 2, tile_size: 8, inputs: 8}
        sparsifier: {type: deepr, connectivity: 0.2}
        training: {epochs: 3, batch_size: 2}
        """
            .formatted(speakers));
  }

  Cli.Result rewire(String... args) {
    return Cli.rewire(work.resolve("cache"), args);
  }

  @Test
  void heldOutSpeakersTestAndValidateAndTheRunReportsItsBestValidationEpoch() throws Exception {
    Path file = experiment(", test_speakers: [4, 0], validation_speakers: [2]");
    Cli.Result r = rewire("run", file.toString(), "--output", work.resolve("runs").toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("best validation accuracy: ").contains("test accuracy: ");
    Path run = work.resolve("runs/x");

    ObjectMapper json = new ObjectMapper();
    JsonNode data = json.readTree(run.resolve("provenance.json").toFile()).findValue("dataset");
    assertThat(data.toString())
        .contains("\"split.test.speakers\":\"0, 4\"", "\"split.test.samples\":\"4\"")
        .contains("\"split.validation.speakers\":\"2\"", "\"split.validation.samples\":\"3\"")
        .contains("\"split.train.speakers\":\"1, 3\"", "\"split.train.samples\":\"6\"");
    assertThat(Files.readString(run.resolve("metrics.csv")).lines().findFirst().orElseThrow())
        .contains("validation_accuracy");
    assertThat(json.readTree(run.resolve("summary.json").toFile()).get("selection").asText())
        .isEqualTo("best_validation_epoch");
    // The resolved config runs again as it is, with the speakers it held out.
    Cli.Result again = rewire("validate", run.resolve("config.yaml").toString());
    assertThat(again.code()).as(again.err()).isZero();
    assertThat(Files.readString(run.resolve("config.yaml")))
        .contains("test_speakers:\n  - 4\n  - 0\n");
  }

  @Test
  void withoutSpeakerListsTheResolvedConfigIsAsBefore() throws Exception {
    Path file = experiment("");
    Cli.Result r = rewire("run", file.toString(), "--output", work.resolve("runs").toString());
    assertThat(r.code()).as(r.err()).isZero();
    // Unset lists are left out, so configs (and checkpoints) from before the keys stay the same.
    // (The run folder records the data files as the absolute paths it read.)
    assertThat(Files.readString(work.resolve("runs/x/config.yaml")))
        .contains("test: " + work.resolve("speakers_test.h5").toAbsolutePath())
        .doesNotContain("speakers:");
  }

  @Test
  void inspectListsTheSpeakersOfEachSplit() throws Exception {
    experiment("");
    Cli.Result r = rewire("data", "inspect", work.resolve("speakers_test.h5").toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("groups (speakers) [0, 1, 2, 3, 4]");
  }
}
