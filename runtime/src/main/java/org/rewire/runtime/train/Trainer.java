package org.rewire.runtime.train;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.rewire.runtime.UserInputException;
import org.rewire.runtime.assembly.Components;
import org.rewire.runtime.checkpoint.Checkpoint;
import org.rewire.runtime.checkpoint.CheckpointFile;
import org.rewire.runtime.checkpoint.ConfigDigest;
import org.rewire.runtime.config.Experiment;
import org.rewire.runtime.data.BinnedDataset;
import org.rewire.runtime.engine.BinnedSample;
import org.rewire.runtime.metrics.EpochMetrics;
import org.rewire.runtime.metrics.MetricsRow;
import org.rewire.runtime.output.RunFolder;

/**
 * Trains an experiment's network: each epoch, mini-batches through a {@link TrainingSession} and
 * the sparsifier's end-of-epoch rewiring, then the {@link TrainingListener}s in their fixed order:
 * evaluation, mapping onto the chip, the metrics row, the checkpoint ({@link CheckpointFile}, from
 * which {@link #resume} continues a stopped run), pictures, progress; then any added with {@link
 * #withListener}. Deterministic: every random stream derives from the experiment's seed, and the
 * engine's results do not depend on the thread count, so the same experiment gives the same
 * metrics.
 *
 * <p>An epoch's metrics row ({@link EpochMetrics}) starts with the loop's own figures: {@code
 * epoch} (from 1), {@code step}, {@code learning_rate}, and {@code train_loss}, {@code
 * train_accuracy}, {@code train_rate} (means over the epoch's batches); the listeners add the rest.
 * The run's summary reports the epoch {@link EpochSelection} picks from these rows.
 */
public final class Trainer {
  private final Experiment experiment;
  private final Components components;
  private final RunFolder folder;
  private final Progress progress;
  private final List<TrainingListener> added = new ArrayList<>();

  public Trainer(
      Experiment experiment, Components components, RunFolder folder, Progress progress) {
    this.experiment = experiment;
    this.components = components;
    this.folder = folder;
    this.progress = progress;
  }

  /**
   * Adds {@code listener} after the built-in listeners and those added before it.
   *
   * @return this trainer
   */
  public Trainer withListener(TrainingListener listener) {
    added.add(listener);
    return this;
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
   * @throws UserInputException if the sparsifier cannot resume, or the checkpoint's metrics are not
   *     in this version's metrics schema
   */
  public TrainingSummary resume(BinnedDataset data, Checkpoint checkpoint) throws IOException {
    List<MetricsRow> rows = metricsRows(checkpoint);
    List<BinnedSample> train = Batches.trainingSamples(data.train());
    try (TrainingSession session =
        TrainingSession.resume(experiment, components, data, train.size(), checkpoint)) {
      return train(session, data, train, checkpoint.epochs(), rows);
    }
  }

  private TrainingSummary train(
      TrainingSession session,
      BinnedDataset data,
      List<BinnedSample> train,
      int done,
      List<MetricsRow> earlierRows)
      throws IOException {
    int epochs = experiment.training().epochs();
    MetricsLog metrics = new MetricsLog(folder.path(), earlierRows);
    EpochMapping mapping =
        new EpochMapping(components.target(), experiment.target().provider(), folder.path());
    Checkpointing checkpoints =
        new Checkpointing(
            folder.path().resolve(CheckpointFile.NAME),
            ConfigDigest.of(experiment),
            session,
            metrics,
            done);
    List<TrainingListener> all = new ArrayList<>();
    all.addAll(
        List.of(
            new HeldOutEvaluation(data),
            mapping,
            new MetricsRecorder(metrics),
            checkpoints,
            new RunPictures(folder.path(), mapping),
            progress));
    all.addAll(added);
    TrainingListeners listeners = new TrainingListeners(all);

    long started = System.nanoTime();
    listeners.onTrainingStart(done + 1, epochs);
    try {
      for (int epoch = done; epoch < epochs; epoch++) {
        listeners.onEpochEnd(trainEpoch(session, train, epoch, listeners));
      }
    } catch (NumericalFaultException fault) {
      throw fault.stopped(checkpoints.lastGood());
    }
    listeners.onTrainingEnd(session.network());
    double seconds = (System.nanoTime() - started) / 1e9;
    return new TrainingSummary(
        folder.path(), epochs, EpochSelection.of(metrics.rows()), mapping.last(), seconds);
  }

  /**
   * Epoch {@code epoch} (from 0): a pass over the shuffled training samples, one optimizer step per
   * batch, and the sparsifier's end-of-epoch rewiring.
   *
   * @return the epoch's context, its row holding the loop's own figures
   */
  private EpochContext trainEpoch(
      TrainingSession session, List<BinnedSample> train, int epoch, TrainingListener listeners) {
    int batches = session.stepsPerEpoch();
    listeners.onEpochStart(epoch + 1, batches);
    int[] order = session.shuffled(train.size());
    double lossSum = 0;
    long correct = 0;
    double rateSum = 0;
    for (int b = 0; b < batches; b++) {
      List<BinnedSample> batch = Batches.slice(train, order, b, experiment.training().batchSize());
      TrainingSession.StepResult r = session.step(epoch, batch);
      lossSum += r.loss() * batch.size();
      correct += r.batch().correct();
      rateSum += r.batch().rate() * batch.size();
      listeners.onBatchEnd(epoch + 1, b + 1, r.loss());
    }
    Map<String, Double> reports = session.endEpoch(epoch);
    MetricsRow row =
        new MetricsRow()
            .put(EpochMetrics.EPOCH, epoch + 1L)
            .put(EpochMetrics.STEP, session.steps())
            .put(EpochMetrics.LEARNING_RATE, session.learningRate())
            .put(EpochMetrics.TRAIN.loss(), lossSum / train.size())
            .put(EpochMetrics.TRAIN.accuracy(), (double) correct / train.size())
            .put(EpochMetrics.TRAIN.rate(), rateSum / train.size());
    return new EpochContext(
        epoch + 1,
        experiment.training().epochs(),
        session.steps(),
        session.network(),
        session.engine(),
        row,
        reports);
  }

  /** The checkpoint's metrics rows, read through the metrics schema. */
  private static List<MetricsRow> metricsRows(Checkpoint checkpoint) {
    try {
      return checkpoint.metrics().stream().map(MetricsRow::of).toList();
    } catch (IllegalArgumentException e) {
      throw new UserInputException(
          "the checkpoint's metrics do not fit this version's metrics schema ("
              + e.getMessage()
              + "); start the run again with --force");
    }
  }
}
