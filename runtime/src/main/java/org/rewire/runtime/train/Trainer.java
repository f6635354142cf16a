package org.rewire.runtime.train;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.rewire.api.Connectivity;
import org.rewire.api.HardwareTarget;
import org.rewire.api.MappingReport;
import org.rewire.api.Sparsifier;
import org.rewire.runtime.config.Experiment;
import org.rewire.runtime.config.TrainingConfig;
import org.rewire.runtime.data.BinnedDataset;
import org.rewire.runtime.data.BinnedSample;
import org.rewire.runtime.data.BinnedSplit;
import org.rewire.runtime.engine.Adam;
import org.rewire.runtime.engine.BatchResult;
import org.rewire.runtime.engine.Engine;
import org.rewire.runtime.engine.EngineOptions;
import org.rewire.runtime.engine.Evaluation;
import org.rewire.runtime.engine.LearningRateSchedule;
import org.rewire.runtime.engine.NetworkSpec;
import org.rewire.runtime.engine.SpikingNetwork;
import org.rewire.runtime.plugin.InstalledProvider;
import org.rewire.runtime.report.ChipPicture;
import org.rewire.runtime.report.MappingReportJson;
import org.rewire.runtime.run.ComponentFailureException;
import org.rewire.runtime.run.Components;
import org.rewire.runtime.run.NetworkFile;
import org.rewire.runtime.run.RunFolder;

/**
 * Trains an experiment's network: mini-batches with the sparsifier's hooks around each optimizer
 * step, then per epoch the sparsifier's rewiring, evaluation, mapping onto the chip and a metrics
 * row. Deterministic: every random stream derives from the experiment's seed, and the engine's
 * results do not depend on the thread count, so the same experiment gives the same metrics.
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
    TrainingConfig training = experiment.training();
    HardwareTarget target = components.target();
    NetworkSpec spec =
        NetworkSetup.spec(experiment, target.layout(), data.inputs(), data.classes().size());
    SplittableRandom seeds = new SplittableRandom(experiment.seed());
    SpikingNetwork network =
        SpikingNetwork.create(
            spec, new Connectivity.Builder(spec.layout().neurons()).build(), seeds.split());
    RunRewiringContext context = new RunRewiringContext(target, seeds.split());
    SplittableRandom shuffle = seeds.split();
    Sparsifier sparsifier = components.sparsifier();
    hook(
        experiment.sparsifier().provider(),
        "to initialize",
        () -> sparsifier.initialize(network.sparseView(), context));

    List<BinnedSample> train = trainingSamples(data.train());
    int batches = (train.size() + training.batchSize() - 1) / training.batchSize();
    LearningRateSchedule lr = schedule(training, (long) batches * training.epochs(), batches);
    Adam adam =
        training.gradClip() > 0
            ? Adam.defaults().withClipValue(training.gradClip())
            : Adam.defaults();
    MetricsLog metrics = new MetricsLog(folder.path());
    long started = System.nanoTime();
    long step = 0;
    Map<String, Object> row = Map.of();
    MappingReport mapping = null;
    double testAccuracy = Double.NaN;
    try (Engine engine = new Engine(network, EngineOptions.withThreads(training.threads()))) {
      for (int epoch = 0; epoch < training.epochs(); epoch++) {
        progress.epochStarted(epoch, batches);
        int[] order = permutation(train.size(), shuffle);
        double lossSum = 0;
        long correct = 0;
        double rateSum = 0;
        for (int b = 0; b < batches; b++) {
          List<BinnedSample> batch = batch(train, order, b, training.batchSize());
          double rate = lr.rate(step);
          context.at(epoch, step, rate);
          BatchResult result = engine.computeGradients(batch);
          double penalty =
              hookValue(
                  experiment.sparsifier().provider(),
                  () -> sparsifier.penalty(network.sparseView(), context));
          adam.step(network, step + 1, rate);
          hook(
              experiment.sparsifier().provider(),
              "after a step",
              () -> sparsifier.afterStep(network.sparseView(), context));
          step++;
          lossSum += (result.loss() + penalty) * batch.size();
          correct += result.correct();
          rateSum += result.rate() * batch.size();
          progress.batchDone(epoch, b, result.loss() + penalty);
        }
        context.at(epoch, step, lr.rate(Math.max(0, step - 1)));
        hook(
            experiment.sparsifier().provider(),
            "after an epoch",
            () -> sparsifier.afterEpoch(network.sparseView(), context));

        Map<String, Object> r = new LinkedHashMap<>();
        r.put("epoch", epoch + 1);
        r.put("step", step);
        r.put("learning_rate", lr.rate(Math.max(0, step - 1)));
        r.put("train_loss", lossSum / train.size());
        r.put("train_accuracy", (double) correct / train.size());
        r.put("train_rate", rateSum / train.size());
        if (data.validation().isPresent()) {
          averaged(engine, data.validation().get(), r, "validation");
        }
        if (data.test().isPresent()) {
          testAccuracy = averaged(engine, data.test().get(), r, "test");
        }
        Connectivity chipNetwork = MappedNetwork.of(network.recurrentWeights());
        mapping = map(target, chipNetwork);
        r.put("synapses", chipNetwork.synapses());
        r.put("links", mapping.links());
        r.put("memory", mapping.totalMemory());
        mapping.memoryByKind().forEach((kind, memory) -> r.put("memory_" + kind, memory));
        r.put("violations", mapping.violations().size());
        r.put("mappable", mapping.mappable());
        context.drainReports().forEach((name, value) -> r.put("sparsifier_" + name, value));
        metrics.append(r);
        row = r;
        progress.epochDone(epoch, summary(r));
        if (epoch == training.epochs() - 1 || !mapping.mappable()) {
          writeNetwork(chipNetwork, mapping);
        }
      }
      if (mapping == null) {
        Connectivity chipNetwork = MappedNetwork.of(network.recurrentWeights());
        mapping = map(target, chipNetwork);
        writeNetwork(chipNetwork, mapping);
      }
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    return new TrainingSummary(
        folder.path(), training.epochs(), testAccuracy, mapping, seconds, row);
  }

  private void writeNetwork(Connectivity network, MappingReport mapping) throws IOException {
    NetworkFile.write(folder.path().resolve(NetworkFile.NAME), network);
    MappingReportJson.write(folder.path().resolve(MappingReportJson.NAME), mapping);
    ChipPicture.write(
        folder.path().resolve(ChipPicture.NAME), mapping, ChipPicture.Shading.PORT_LOAD);
  }

  private MappingReport map(HardwareTarget target, Connectivity network) {
    try {
      return target.map(network);
    } catch (RuntimeException e) {
      throw new ComponentFailureException(experiment.target().provider(), "to map the network", e);
    }
  }

  /**
   * Evaluates every channel variant of a split (one without augmentation) and records the mean
   * accuracy, loss and rate under {@code prefix}; returns the mean accuracy.
   */
  private static double averaged(
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
    return accuracy / split.variants();
  }

  private static List<BinnedSample> trainingSamples(BinnedSplit train) {
    List<BinnedSample> samples = new ArrayList<>(train.augmentedSize());
    for (int i = 0; i < train.augmentedSize(); i++) {
      samples.add(train.augmented(i));
    }
    return samples;
  }

  private static int[] permutation(int n, SplittableRandom random) {
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    return order;
  }

  private static List<BinnedSample> batch(List<BinnedSample> all, int[] order, int b, int size) {
    int from = b * size;
    int to = Math.min(all.size(), from + size);
    List<BinnedSample> batch = new ArrayList<>(to - from);
    for (int k = from; k < to; k++) {
      batch.add(all.get(order[k]));
    }
    return batch;
  }

  static LearningRateSchedule schedule(TrainingConfig t, long totalSteps, int stepsPerEpoch) {
    return switch (t.schedule()) {
      case CONSTANT -> LearningRateSchedule.constant(t.learningRate());
      case STEP ->
          LearningRateSchedule.step(
              t.learningRate(), (long) t.stepEpochs() * stepsPerEpoch, t.gamma());
      case POLYNOMIAL ->
          LearningRateSchedule.polynomial(
              t.learningRate(),
              t.learningRate() * t.finalFraction(),
              Math.max(1, totalSteps - 1),
              1);
    };
  }

  private static String summary(Map<String, Object> r) {
    StringBuilder s = new StringBuilder();
    s.append(
        String.format(
            java.util.Locale.ROOT,
            "loss %.4f train %.1f%%",
            r.get("train_loss"),
            100 * (double) r.get("train_accuracy")));
    if (r.containsKey("validation_accuracy")) {
      s.append(
          String.format(
              java.util.Locale.ROOT,
              " validation %.1f%%",
              100 * (double) r.get("validation_accuracy")));
    }
    if (r.containsKey("test_accuracy")) {
      s.append(
          String.format(
              java.util.Locale.ROOT, " test %.1f%%", 100 * (double) r.get("test_accuracy")));
    }
    s.append(
        String.format(
            java.util.Locale.ROOT,
            " | %,d synapses, memory %,d, %s",
            r.get("synapses"),
            r.get("memory"),
            (boolean) r.get("mappable") ? "mappable" : r.get("violations") + " violations"));
    return s.toString();
  }

  private static void hook(InstalledProvider provider, String stage, Runnable call) {
    try {
      call.run();
    } catch (RuntimeException e) {
      throw new ComponentFailureException(provider, stage, e);
    }
  }

  private static double hookValue(
      InstalledProvider provider, java.util.function.DoubleSupplier call) {
    try {
      return call.getAsDouble();
    } catch (RuntimeException e) {
      throw new ComponentFailureException(provider, "computing its penalty", e);
    }
  }
}
