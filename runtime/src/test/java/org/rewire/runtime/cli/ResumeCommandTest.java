package org.rewire.runtime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rewire.runtime.checkpoint.CheckpointFile;
import org.rewire.runtime.checkpoint.ConfigDigest;
import org.rewire.runtime.testplugins.RewireSparsifierProvider;

/**
 * {@code rewire run --resume}: a run stopped after an epoch continues from its checkpoint to the
 * files an uninterrupted run writes; other configs, finished runs and numerical faults are handled
 * with one line.
 */
class ResumeCommandTest {
  static final List<String> RESULTS =
      List.of(
          "metrics.csv", "metrics.json", "network.json", "mapping.json", "chip.png", "curves.png");

  @TempDir Path dir;

  @AfterEach
  void noFailure() {
    RewireSparsifierProvider.failAfterEpoch = -1;
  }

  /**
   * The experiment, in a folder of its own beside the data file it names by a relative path, which
   * a resumed run must resolve against that folder, not the run folder.
   */
  Path experiment(String sparsifierExtra) throws Exception {
    return experiment(sparsifierExtra, "");
  }

  /** As {@link #experiment(String)}, with {@code trainingExtra} appended to {@code training}. */
  Path experiment(String sparsifierExtra, String trainingExtra) throws Exception {
    return experiment(sparsifierExtra, trainingExtra, "");
  }

  /** As {@link #experiment(String, String)}, with {@code modelExtra} appended to {@code model}. */
  Path experiment(String sparsifierExtra, String trainingExtra, String modelExtra)
      throws Exception {
    Path file = dir.resolve("experiments/x.yaml");
    Files.createDirectories(file.getParent());
    Files.writeString(file.resolveSibling("data.txt"), "spikes\n");
    Files.writeString(
        file,
        """
        name: x
        seed: 4
        dataset: {type: test-list, samples: 12, requires: data.txt}
        target: {type: test-grid, rows: 2}
        sparsifier: {type: test-rewire%s}
        model: {input: {steps: 20, duration: 1.0}%s}
        training: {epochs: 3, batch_size: 4, threads: 2, schedule: polynomial%s}
        """
            .formatted(sparsifierExtra, modelExtra, trainingExtra));
    return file;
  }

  Cli rewire(String... args) {
    return Cli.run(dir.resolve("cache"), args);
  }

  /**
   * Runs {@code file} into {@code out}, stopped by the sparsifier after epoch index {@code stop}.
   */
  Path stopped(Path file, String out, int stop) {
    RewireSparsifierProvider.failAfterEpoch = stop;
    Cli r = rewire("run", file.toString(), "--output", dir.resolve(out).toString());
    RewireSparsifierProvider.failAfterEpoch = -1;
    assertThat(r.exit()).as(r.err()).isEqualTo(1);
    return dir.resolve(out).resolve("x");
  }

  @Test
  void aResumedRunEndsAsAnUninterruptedOne() throws Exception {
    Path file = experiment("");
    Cli whole = rewire("run", file.toString(), "--output", dir.resolve("whole").toString());
    assertThat(whole.exit()).as(whole.err()).isZero();

    Path run = stopped(file, "parts", 1);
    assertThat(run.resolve(CheckpointFile.NAME)).exists();
    assertThat(run.resolve("summary.json")).doesNotExist();
    assertThat(Files.readAllLines(run.resolve("metrics.csv"))).hasSize(2); // header + epoch 1

    Cli resumed = rewire("run", "--resume", run.toString());
    assertThat(resumed.exit()).as(resumed.err()).isZero();
    assertThat(resumed.err()).contains("resuming " + run + " after epoch 1 of 3");
    assertThat(resumed.out())
        .containsPattern("(?m)^trained epochs 2-3 in [0-9.]+ s \\(resumed after epoch 1\\)$");
    Path uninterrupted = dir.resolve("whole/x");
    for (String name : RESULTS) {
      assertThat(run.resolve(name)).as(name).hasSameBinaryContentAs(uninterrupted.resolve(name));
    }
    assertThat(figures(run)).isEqualTo(figures(uninterrupted));

    Cli again = rewire("run", "--resume", run.toString());
    assertThat(again.exit()).isZero();
    assertThat(again.out()).isEqualTo("run " + run + " already finished; nothing to resume\n");
  }

  /** The checkpoint carries the learned time constants and their Adam moments, bit for bit. */
  @Test
  void aResumedRunWithLearnedTimeConstantsEndsAsAnUninterruptedOne() throws Exception {
    for (String model : List.of("alif", "cuba-lif")) {
      Path file = experiment("", "", ", neuron: " + model + ", learn_tau: true");
      Path whole = dir.resolve("whole-" + model);
      Cli uninterrupted = rewire("run", file.toString(), "--output", whole.toString());
      assertThat(uninterrupted.exit()).as(uninterrupted.err()).isZero();
      Path run = stopped(file, "parts-" + model, 1);
      Cli resumed = rewire("run", "--resume", run.toString());
      assertThat(resumed.exit()).as(resumed.err()).isZero();
      for (String name : RESULTS) {
        assertThat(run.resolve(name))
            .as("%s %s", model, name)
            .hasSameBinaryContentAs(whole.resolve("x").resolve(name));
      }
    }
  }

  @Test
  void refusesResumingWithAnotherNeuronModel() throws Exception {
    Path run = stopped(experiment(""), "runs", 1);
    Path config = run.resolve("config.yaml");
    String before = Files.readString(config);
    assertThat(before).contains("neuron: lif");
    Files.writeString(config, before.replace("neuron: lif", "neuron: cuba-lif"));
    Cli r = rewire("run", "--resume", run.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err())
        .isEqualTo(
            "rewire: "
                + run.resolve(CheckpointFile.NAME)
                + ": written for neuron model 'lif', the run's config has model.neuron: cuba-lif;"
                + " a run cannot change its neuron model, start it again with --force\n");
  }

  @Test
  void aResumedRunSelectsTheSameBestValidationEpoch() throws Exception {
    Path file = experiment("", ", validation_fraction: 0.25");
    Cli whole = rewire("run", file.toString(), "--output", dir.resolve("whole").toString());
    assertThat(whole.exit()).as(whole.err()).isZero();

    Path run = stopped(file, "parts", 1);
    Cli resumed = rewire("run", "--resume", run.toString());
    assertThat(resumed.exit()).as(resumed.err()).isZero();

    JsonNode summary = figures(run);
    assertThat(summary.get("selection").asText()).isEqualTo("best_validation_epoch");
    assertThat(summary.get("best_validation_accuracy").isNumber()).isTrue();
    assertThat(summary).isEqualTo(figures(dir.resolve("whole/x")));
    // The accuracy lines; the training time differs.
    assertThat(resumed.out().lines().limit(2)).isEqualTo(whole.out().lines().limit(2).toList());
  }

  static String lastLine(String text) {
    String[] lines = text.split("\n");
    return lines[lines.length - 1];
  }

  /** summary.json without its wall times, which differ between any two runs. */
  static JsonNode figures(Path run) throws Exception {
    ObjectNode summary =
        (ObjectNode) new ObjectMapper().readTree(run.resolve("summary.json").toFile());
    summary.remove(List.of("train_seconds", "wall_seconds"));
    return summary;
  }

  @Test
  void refusesACheckpointWrittenForAnotherConfig() throws Exception {
    Path run = stopped(experiment(""), "runs", 1);
    Path config = run.resolve("config.yaml");
    String before = Files.readString(config);
    Files.writeString(config, before.replace("epochs: 3", "epochs: 5"));
    Cli r = rewire("run", "--resume", run.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err())
        .startsWith("rewire: " + run.resolve(CheckpointFile.NAME) + ": written for another config")
        .endsWith("start the run again with --force\n")
        .hasLineCount(1);
    // The digest ignores what does not change results: the thread count.
    Files.writeString(config, before.replace("threads: 2", "threads: 1"));
    assertThat(ConfigDigest.of(Files.readString(config))).isEqualTo(ConfigDigest.of(before));
  }

  @Test
  void refusesARunWithoutCheckpointOrOptionsThatWouldChangeIt() throws Exception {
    Path run = stopped(experiment(""), "runs", 1);
    Files.delete(run.resolve(CheckpointFile.NAME));
    Cli none = rewire("run", "--resume", run.toString());
    assertThat(none.exit()).isEqualTo(2);
    assertThat(none.err()).startsWith("rewire: " + run + ": no checkpoint yet").hasLineCount(1);
    Cli file = rewire("run", "--resume", run.resolve("config.yaml").toString());
    assertThat(file.exit()).isEqualTo(2);
    assertThat(file.err())
        .isEqualTo(
            "rewire: "
                + run.resolve("config.yaml")
                + ": is a file; expected a run folder (the folder `rewire run` wrote)\n");
    Cli set = rewire("run", "--resume", run.toString(), "--set", "seed=5");
    assertThat(set.exit()).isEqualTo(2);
    assertThat(set.err()).contains("takes no --set, --force or --output");
  }

  @Test
  void aNanLossStopsTheRunAndKeepsTheLastGoodCheckpoint() throws Exception {
    // 12 samples in batches of 4: steps 1-3 are epoch 1, step 5 is in epoch 2.
    Path file = experiment(", nan_at_step: 5");
    Path out = dir.resolve("runs");
    Cli r = rewire("run", file.toString(), "--output", out.toString());
    Path checkpoint = out.resolve("x").resolve(CheckpointFile.NAME);
    assertThat(r.exit()).isEqualTo(1);
    assertThat(lastLine(r.err()))
        .isEqualTo(
            "rewire: epoch 2, step 5: the loss is NaN; stopped, last good checkpoint: epoch 1 in "
                + checkpoint);
    assertThat(
            CheckpointFile.read(
                    checkpoint, ConfigDigest.of(Files.readString(out.resolve("x/config.yaml"))))
                .epochs())
        .isEqualTo(1);
  }

  @Test
  void aNanGradientOrInfiniteWeightIsNamedWithItsStep() throws Exception {
    Cli gradient =
        rewire(
            "run",
            experiment(", nan_at_step: 2, nan_in: gradient").toString(),
            "--output",
            dir.resolve("g").toString());
    assertThat(gradient.exit()).isEqualTo(1);
    assertThat(gradient.err())
        .isEqualTo(
            "rewire: epoch 1, step 2: a gradient is NaN or infinite; stopped, no checkpoint yet"
                + " (one is written after each epoch)\n");
    assertThat(dir.resolve("g/x").resolve(CheckpointFile.NAME)).doesNotExist();
    Cli weight =
        rewire(
            "run",
            experiment(", nan_at_step: 7, nan_in: weight").toString(),
            "--output",
            dir.resolve("w").toString());
    assertThat(weight.exit()).isEqualTo(1);
    assertThat(lastLine(weight.err()))
        .startsWith(
            "rewire: epoch 3, step 7: a weight is NaN or infinite after the optimizer step;"
                + " stopped, last good checkpoint: epoch 2 in ");
  }
}
