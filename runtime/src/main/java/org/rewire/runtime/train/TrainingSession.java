package org.rewire.runtime.train;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.DoubleSupplier;
import org.rewire.api.Connectivity;
import org.rewire.api.Sparsifier;
import org.rewire.runtime.config.Experiment;
import org.rewire.runtime.config.TrainingConfig;
import org.rewire.runtime.data.BinnedDataset;
import org.rewire.runtime.data.BinnedSample;
import org.rewire.runtime.engine.Adam;
import org.rewire.runtime.engine.BatchResult;
import org.rewire.runtime.engine.Engine;
import org.rewire.runtime.engine.EngineOptions;
import org.rewire.runtime.engine.LearningRateSchedule;
import org.rewire.runtime.engine.NetworkSpec;
import org.rewire.runtime.engine.SpikingNetwork;
import org.rewire.runtime.plugin.InstalledProvider;
import org.rewire.runtime.run.ComponentFailureException;
import org.rewire.runtime.run.Components;

/**
 * One network in training: the engine, the optimizer and the sparsifier's hooks in the order the
 * api promises (backward, penalty, optimizer step, {@code afterStep}; {@code afterEpoch} at the end
 * of each epoch). The training loop and the benchmark drive it the same way.
 *
 * <p>Random streams, all split from the experiment's seed in a fixed order: network weights, the
 * sparsifier's stream, then the batch order.
 */
final class TrainingSession implements AutoCloseable {
  private final SpikingNetwork network;
  private final Engine engine;
  private final Sparsifier sparsifier;
  private final InstalledProvider sparsifierProvider;
  private final RunRewiringContext context;
  private final Adam adam;
  private final LearningRateSchedule schedule;
  private final SplittableRandom shuffle;
  private final int stepsPerEpoch;
  private long step;

  private TrainingSession(
      SpikingNetwork network,
      Engine engine,
      Sparsifier sparsifier,
      InstalledProvider sparsifierProvider,
      RunRewiringContext context,
      Adam adam,
      LearningRateSchedule schedule,
      SplittableRandom shuffle,
      int stepsPerEpoch) {
    this.network = network;
    this.engine = engine;
    this.sparsifier = sparsifier;
    this.sparsifierProvider = sparsifierProvider;
    this.context = context;
    this.adam = adam;
    this.schedule = schedule;
    this.shuffle = shuffle;
    this.stepsPerEpoch = stepsPerEpoch;
  }

  /**
   * Builds the network on the target, lets the sparsifier choose its synapses, starts the engine.
   */
  static TrainingSession open(
      Experiment e, Components components, BinnedDataset data, int samples) {
    TrainingConfig training = e.training();
    NetworkSpec spec =
        NetworkSetup.spec(e, components.target().layout(), data.inputs(), data.classes().size());
    SplittableRandom seeds = new SplittableRandom(e.seed());
    SpikingNetwork network =
        SpikingNetwork.create(
            spec, new Connectivity.Builder(spec.layout().neurons()).build(), seeds.split());
    RunRewiringContext context = new RunRewiringContext(components.target(), seeds.split());
    SplittableRandom shuffle = seeds.split();
    InstalledProvider provider = e.sparsifier().provider();
    Sparsifier sparsifier = components.sparsifier();
    call(provider, "to initialize", () -> sparsifier.initialize(network.sparseView(), context));
    int stepsPerEpoch = (samples + training.batchSize() - 1) / training.batchSize();
    Adam adam = Adam.defaults();
    if (training.gradClip() > 0) {
      adam = adam.withClipValue(training.gradClip());
    }
    return new TrainingSession(
        network,
        new Engine(network, EngineOptions.withThreads(training.threads())),
        sparsifier,
        provider,
        context,
        adam,
        schedule(training, (long) stepsPerEpoch * training.epochs(), stepsPerEpoch),
        shuffle,
        stepsPerEpoch);
  }

  /**
   * One optimizer step on {@code batch} during {@code epoch}.
   *
   * @return the batch's result and the sparsifier's penalty
   */
  StepResult step(int epoch, List<BinnedSample> batch) {
    double rate = schedule.rate(step);
    context.at(epoch, step, rate);
    BatchResult result = engine.computeGradients(batch);
    double penalty =
        value(sparsifierProvider, () -> sparsifier.penalty(network.sparseView(), context));
    adam.step(network, step + 1, rate);
    call(
        sparsifierProvider,
        "after a step",
        () -> sparsifier.afterStep(network.sparseView(), context));
    step++;
    return new StepResult(result, penalty);
  }

  /** The sparsifier's end-of-epoch rewiring. */
  void endEpoch(int epoch) {
    context.at(epoch, step, learningRate());
    call(
        sparsifierProvider,
        "after an epoch",
        () -> sparsifier.afterEpoch(network.sparseView(), context));
  }

  /** A fresh random order of {@code n} samples for the next epoch. */
  int[] shuffled(int n) {
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
      int j = shuffle.nextInt(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    return order;
  }

  /** The learning rate of the last step taken (the first step's before any). */
  double learningRate() {
    return schedule.rate(Math.max(0, step - 1));
  }

  long steps() {
    return step;
  }

  int stepsPerEpoch() {
    return stepsPerEpoch;
  }

  SpikingNetwork network() {
    return network;
  }

  Engine engine() {
    return engine;
  }

  RunRewiringContext context() {
    return context;
  }

  @Override
  public void close() {
    engine.close();
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

  private static void call(InstalledProvider provider, String stage, Runnable hook) {
    try {
      hook.run();
    } catch (RuntimeException e) {
      throw new ComponentFailureException(provider, stage, e);
    }
  }

  private static double value(InstalledProvider provider, DoubleSupplier hook) {
    try {
      return hook.getAsDouble();
    } catch (RuntimeException e) {
      throw new ComponentFailureException(provider, "computing its penalty", e);
    }
  }

  /** A step's batch result and penalty. */
  record StepResult(BatchResult batch, double penalty) {
    double loss() {
      return batch.loss() + penalty;
    }
  }
}
