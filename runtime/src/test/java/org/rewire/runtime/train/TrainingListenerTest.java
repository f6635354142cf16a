package org.rewire.runtime.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rewire.runtime.assembly.Components;
import org.rewire.runtime.assembly.ExperimentAssembly;
import org.rewire.runtime.checkpoint.Checkpoint;
import org.rewire.runtime.checkpoint.CheckpointFile;
import org.rewire.runtime.checkpoint.ConfigDigest;
import org.rewire.runtime.config.Experiment;
import org.rewire.runtime.config.ExperimentReader;
import org.rewire.runtime.data.BinnedDataset;
import org.rewire.runtime.engine.SpikingNetwork;
import org.rewire.runtime.metrics.EpochMetrics;
import org.rewire.runtime.output.RunFolder;
import org.rewire.runtime.plugin.ClasspathProviders;
import org.rewire.runtime.plugin.ProviderRegistry;

/**
 * A listener added to the {@link Trainer} sees every hook in order, epochs and batches counted from
 * 1, after the built-in listeners have done their part (the row complete, the files and the
 * checkpoint written); one that throws stops the run at its last checkpoint.
 */
class TrainingListenerTest {
  static final int EPOCHS = 3;
  static final int BATCHES = 3; // 12 samples in batches of 4

  @TempDir Path dir;

  /** Records each hook as a line, and checks at each what the built-in listeners left. */
  final class Recorder implements TrainingListener {
    final Path folder;
    final List<String> calls = new ArrayList<>();

    Recorder(Path folder) {
      this.folder = folder;
    }

    @Override
    public void onTrainingStart(int firstEpoch, int epochs) {
      calls.add("start " + firstEpoch + "/" + epochs);
    }

    @Override
    public void onEpochStart(int epoch, int batches) {
      calls.add("epoch " + epoch + " of " + batches + " batches");
    }

    @Override
    public void onBatchEnd(int epoch, int batch, double loss) {
      assertThat(loss).isFinite();
      calls.add("batch " + epoch + "." + batch);
    }

    @Override
    public void onEpochEnd(EpochContext epoch) throws java.io.IOException {
      assertThat(epoch.epochs()).isEqualTo(EPOCHS);
      assertThat(epoch.step()).isEqualTo((long) epoch.epoch() * BATCHES);
      // The row is complete: the loop's figures, evaluation, mapping and the sparsifier's reports.
      assertThat(epoch.metrics().get(EpochMetrics.EPOCH)).isEqualTo(epoch.epoch());
      assertThat(epoch.metrics().get(EpochMetrics.STEP)).isEqualTo(epoch.step());
      assertThat(epoch.metrics().has(EpochMetrics.TEST.accuracy())).isTrue();
      assertThat(epoch.metrics().has(EpochMetrics.MAPPABLE)).isTrue();
      assertThat(epoch.metrics().members(EpochMetrics.SPARSIFIER)).isNotEmpty();
      // ... and written: a header and a line per epoch so far, and the checkpoint after them.
      assertThat(Files.readAllLines(folder.resolve(MetricsLog.CSV))).hasSize(1 + epoch.epoch());
      Checkpoint saved = CheckpointFile.read(folder.resolve(CheckpointFile.NAME), digest);
      assertThat(saved.epochs()).isEqualTo(epoch.epoch());
      calls.add("end of epoch " + epoch.epoch());
    }

    @Override
    public void onTrainingEnd(SpikingNetwork network) {
      for (String file : List.of("network.json", "mapping.json", "chip.png", "curves.png")) {
        assertThat(folder.resolve(file)).as(file).isNotEmptyFile();
      }
      calls.add("end");
    }
  }

  Path file;
  BinnedDataset data;
  String digest;

  @BeforeEach
  void experiment() throws Exception {
    file = dir.resolve("x.yaml");
    Files.writeString(
        file,
        """
        name: x
        seed: 4
        dataset: {type: test-list, samples: 12}
        target: {type: test-grid, rows: 2}
        sparsifier: {type: test-rewire}
        model: {input: {steps: 20, duration: 1.0}}
        training: {epochs: %d, batch_size: 4, threads: 1}
        """
            .formatted(EPOCHS));
  }

  /** A trainer of the experiment into {@code folder}, with components of its own, as a run has. */
  Trainer trainer(RunFolder folder) {
    ProviderRegistry registry =
        new ProviderRegistry(ClasspathProviders.discover(new ArrayList<>()), List.of());
    Experiment read = new ExperimentReader(registry).read(file, List.of());
    Components components = ExperimentAssembly.build(read, dir.resolve("cache"));
    Experiment experiment = components.resolved();
    data = DataPreparation.prepare(experiment, components.dataset(), components.target().layout());
    digest = ConfigDigest.of(experiment);
    Progress quiet = new Progress(new PrintWriter(Writer.nullWriter()), false, EPOCHS);
    return new Trainer(experiment, components, folder, quiet);
  }

  Trainer trainer(Path folder) {
    return trainer(RunFolder.at(folder, false));
  }

  static List<String> epoch(int e) {
    List<String> calls = new ArrayList<>();
    calls.add("epoch " + e + " of " + BATCHES + " batches");
    for (int b = 1; b <= BATCHES; b++) {
      calls.add("batch " + e + "." + b);
    }
    calls.add("end of epoch " + e);
    return calls;
  }

  @Test
  void anAddedListenerSeesEveryHookInOrderAfterTheBuiltInListeners() throws Exception {
    Path folder = dir.resolve("run");
    Recorder recorder = new Recorder(folder);
    Trainer trainer = trainer(folder).withListener(recorder);

    TrainingSummary summary = trainer.run(data);

    List<String> expected = new ArrayList<>();
    expected.add("start 1/3");
    for (int e = 1; e <= EPOCHS; e++) {
      expected.addAll(epoch(e));
    }
    expected.add("end");
    assertThat(recorder.calls).isEqualTo(expected);
    assertThat(summary.selection().epoch()).hasValue(EPOCHS);
  }

  @Test
  void aListenerThatThrowsStopsTheRunAtItsLastCheckpointFromWhichItResumes() throws Exception {
    Path whole = dir.resolve("whole");
    Trainer uninterrupted = trainer(whole);
    uninterrupted.run(data);

    Path stopped = dir.resolve("stopped");
    TrainingListener failing =
        new TrainingListener() {
          @Override
          public void onEpochEnd(EpochContext epoch) {
            if (epoch.epoch() == 2) {
              throw new IllegalStateException("stop at epoch 2");
            }
          }
        };
    Trainer stopping = trainer(stopped).withListener(failing);
    assertThatThrownBy(() -> stopping.run(data)).hasMessage("stop at epoch 2");
    Checkpoint checkpoint = CheckpointFile.read(stopped.resolve(CheckpointFile.NAME), digest);
    assertThat(checkpoint.epochs()).isEqualTo(2); // written before the added listener ran

    Recorder recorder = new Recorder(stopped);
    Trainer resumed = trainer(RunFolder.existing(stopped)).withListener(recorder);
    resumed.resume(data, checkpoint);

    List<String> expected = new ArrayList<>();
    expected.add("start 3/3");
    expected.addAll(epoch(3));
    expected.add("end");
    assertThat(recorder.calls).isEqualTo(expected);
    for (String file : List.of(MetricsLog.CSV, MetricsLog.JSON, "network.json", "chip.png")) {
      assertThat(stopped.resolve(file)).as(file).hasSameBinaryContentAs(whole.resolve(file));
    }
  }
}
