package org.rewire.runtime.train;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rewire.api.Connectivity;
import org.rewire.api.HardwareTarget;
import org.rewire.api.MappingReport;
import org.rewire.runtime.assembly.ComponentFailureException;
import org.rewire.runtime.assembly.Components;
import org.rewire.runtime.checkpoint.Checkpoint;
import org.rewire.runtime.checkpoint.CheckpointFile;
import org.rewire.runtime.checkpoint.ConfigDigest;
import org.rewire.runtime.config.Experiment;
import org.rewire.runtime.config.TrainingConfig;
import org.rewire.runtime.data.BinnedDataset;
import org.rewire.runtime.data.BinnedSplit;
import org.rewire.runtime.engine.BinnedSample;
import org.rewire.runtime.engine.Engine;
import org.rewire.runtime.engine.Evaluation;
import org.rewire.runtime.output.NetworkFile;
import org.rewire.runtime.output.RunFolder;
import org.rewire.runtime.report.ChipPicture;
import org.rewire.runtime.report.MappingReportJson;

/**
 * Trains an experiment's network: mini-batches through a {@link TrainingSession}, then per epoch
 * the sparsifier's rewiring, evaluation, mapping onto the chip, a metrics row and a checkpoint
 * ({@link CheckpointFile}), from which {@link #resume} continues a stopped run. Deterministic:
 * every random stream derives from the experiment's seed, and the engine's results do not depend on
 * the thread count, so the same experiment gives the same metrics.
 *
 * <p>A metrics row holds {@code epoch} (from 1), {@code step}, {@code learning_rate}, {@code
 * train_loss}, {@code train_accuracy} and {@code train_rate} (means over the epoch's batches);
 * {@code validation_loss}, {@code validation_accuracy}, {@code validation_rate} when there is a
 * validation split and {@code test_*} when there is a test split (cross-entropy, accuracy in [0, 1]
 * and mean firing rate after the epoch, averaged over channel variants); {@code synapses}, {@code
 * links}, {@code memory}, {@code memory_<kind>}, {@code violations}, {@code mappable} of the
 * network mapped after the epoch; and the sparsifier's reports as {@code sparsifier_<name>}. The
 * run's summary reports the epoch {@link EpochSelection} picks from these rows.
 */
public final class Trainer {
  private final Experiment experiment;
  private final Components components;
  private final RunFolder folder;
  private final Progress progress;

  public Trainer(
      Experiment experiment, Components components, RunFolder folder, Progress progress) {
    this.experiment = experiment;
    this.components = components;
    this.folder = folder;
    this.progress = progress;
  }

  /** Runs every epoch and writes metrics, the trained network and its mapping. */
  public TrainingSummary run(BinnedDataset data) throws IOException {
    List<BinnedSample> train = Batches.trainingSamples(data.train());
    try (TrainingSession session =
        TrainingSession.open(experiment, components, data, train.size())) {
      return train(session, data, train, 0, List.of());
    }
  }

  /**
   * Continues from {@code checkpoint} (of this experiment's config) with the epoch after its last
   * one, to the same results as an uninterrupted run.
   *
   * @throws org.rewire.runtime.UserInputException if the sparsifier cannot resume
   */
  public TrainingSummary resume(BinnedDataset data, Checkpoint checkpoint) throws IOException {
    List<BinnedSample> train = Batches.trainingSamples(data.train());
    try (TrainingSession session =
        TrainingSession.resume(experiment, components, data, train.size(), checkpoint)) {
      return train(session, data, train, checkpoint.epochs(), checkpoint.metrics());
    }
  }

  private TrainingSummary train(
      TrainingSession session,
      BinnedDataset data,
      List<BinnedSample> train,
      int firstEpoch,
      List<Map<String, Object>> earlierRows)
      throws IOException {
    TrainingConfig training = experiment.training();
    MetricsLog metrics = new MetricsLog(folder.path(), earlierRows);
    Path checkpointFile = folder.path().resolve(CheckpointFile.NAME);
    String digest = ConfigDigest.of(experiment);
    long started = System.nanoTime();
    Connectivity chip = null;
    MappingReport mapping = null;
    int saved = firstEpoch;
    try {
      for (int epoch = firstEpoch; epoch < training.epochs(); epoch++) {
        int batches = session.stepsPerEpoch();
        progress.epochStarted(epoch, batches);
        int[] order = session.shuffled(train.size());
        double lossSum = 0;
        long correct = 0;
        double rateSum = 0;
        for (int b = 0; b < batches; b++) {
          List<BinnedSample> batch = Batches.slice(train, order, b, training.batchSize());
          TrainingSession.StepResult r = session.step(epoch, batch);
          lossSum += r.loss() * batch.size();
          correct += r.batch().correct();
          rateSum += r.batch().rate() * batch.size();
          progress.batchDone(epoch, b, r.loss());
        }
        session.endEpoch(epoch);

        Map<String, Object> r = new LinkedHashMap<>();
        r.put("epoch", epoch + 1);
        r.put("step", session.steps());
        r.put("learning_rate", session.learningRate());
        r.put("train_loss", lossSum / train.size());
        r.put("train_accuracy", (double) correct / train.size());
        r.put("train_rate", rateSum / train.size());
        if (data.validation().isPresent()) {
          evaluate(session.engine(), data.validation().get(), r, "validation");
        }
        if (data.test().isPresent()) {
          evaluate(session.engine(), data.test().get(), r, "test");
        }
        chip = MappedNetwork.of(session.network().recurrentWeights());
        mapping = map(components.target(), chip, session);
        r.put("synapses", chip.synapses());
        r.put("links", mapping.links());
        r.put("memory", mapping.totalMemory());
        mapping.memoryByKind().forEach((kind, memory) -> r.put("memory_" + kind, memory));
        r.put("violations", mapping.violations().size());
        r.put("mappable", mapping.mappable());
        session.context().drainReports().forEach((name, v) -> r.put("sparsifier_" + name, v));
        metrics.append(r);
        CheckpointFile.write(checkpointFile, session.checkpoint(digest, epoch + 1, metrics.rows()));
        saved = epoch + 1;
        progress.epochDone(epoch, summary(r));
      }
    } catch (NumericalFaultException fault) {
      throw fault.stopped(
          saved > 0
              ? "last good checkpoint: epoch " + saved + " in " + checkpointFile
              : "no checkpoint yet (one is written after each epoch)");
    }
    if (chip == null) { // no epoch trained here: the network as initialised or restored
      chip = MappedNetwork.of(session.network().recurrentWeights());
      mapping = map(components.target(), chip, session);
    }
    writeNetwork(chip, mapping);
    double seconds = (System.nanoTime() - started) / 1e9;
    return new TrainingSummary(
        folder.path(), training.epochs(), EpochSelection.of(metrics.rows()), mapping, seconds);
  }

  private void writeNetwork(Connectivity network, MappingReport mapping) throws IOException {
    NetworkFile.write(folder.path().resolve(NetworkFile.NAME), network);
    MappingReportJson.write(folder.path().resolve(MappingReportJson.NAME), mapping);
    ChipPicture.write(
        folder.path().resolve(ChipPicture.NAME), mapping, ChipPicture.Shading.PORT_LOAD);
  }

  /** Maps the recurrent synapses {@code network} with the session's input projection. */
  private MappingReport map(HardwareTarget target, Connectivity network, TrainingSession session) {
    try {
      return target.map(network, session.network().sparseView().inputWeights());
    } catch (RuntimeException e) {
      throw new ComponentFailureException(experiment.target().provider(), "to map the network", e);
    }
  }

  /**
   * Evaluates every channel variant of a split (one without augmentation) and records the mean
   * accuracy, loss and rate under {@code prefix}.
   */
  private static void evaluate(
      Engine engine, BinnedSplit split, Map<String, Object> row, String prefix) {
    double accuracy = 0;
    double loss = 0;
    double rate = 0;
    for (int v = 0; v < split.variants(); v++) {
      List<BinnedSample> samples = new ArrayList<>(split.size());
      for (int i = 0; i < split.size(); i++) {
        samples.add(split.sample(v, i));
      }
      Evaluation e = engine.evaluate(samples);
      accuracy += e.accuracy();
      loss += e.crossEntropy();
      rate += e.rate();
    }
    row.put(prefix + "_loss", loss / split.variants());
    row.put(prefix + "_accuracy", accuracy / split.variants());
    row.put(prefix + "_rate", rate / split.variants());
  }

  private static String summary(Map<String, Object> r) {
    StringBuilder s = new StringBuilder();
    s.append(
        String.format(
            Locale.ROOT,
            "loss %.4f train %.1f%%",
            r.get("train_loss"),
            100 * (double) r.get("train_accuracy")));
    for (String split : List.of("validation", "test")) {
      if (r.containsKey(split + "_accuracy")) {
        s.append(
            String.format(
                Locale.ROOT, " %s %.1f%%", split, 100 * (double) r.get(split + "_accuracy")));
      }
    }
    s.append(
        String.format(
            Locale.ROOT,
            " | %,d synapses, memory %,d, %s",
            r.get("synapses"),
            r.get("memory"),
            (boolean) r.get("mappable") ? "mappable" : r.get("violations") + " violations"));
    return s.toString();
  }
}
