package org.rewire.runtime.train;

import java.util.List;
import java.util.Map;
import org.rewire.api.Connectivity;
import org.rewire.runtime.UserInputException;
import org.rewire.runtime.assembly.ComponentFailureException;
import org.rewire.runtime.assembly.Components;
import org.rewire.runtime.assembly.NetworkSetup;
import org.rewire.runtime.checkpoint.Checkpoint;
import org.rewire.runtime.checkpoint.SavableRandom;
import org.rewire.runtime.config.Experiment;
import org.rewire.runtime.config.TrainingConfig;
import org.rewire.runtime.data.BinnedDataset;
import org.rewire.runtime.engine.Adam;
import org.rewire.runtime.engine.BatchResult;
import org.rewire.runtime.engine.BinnedSample;
import org.rewire.runtime.engine.Engine;
import org.rewire.runtime.engine.EngineOptions;
import org.rewire.runtime.engine.LearningRateSchedule;
import org.rewire.runtime.engine.NetworkSpec;
import org.rewire.runtime.engine.SpikingNetwork;
import org.rewire.runtime.engine.SynapseStore;
import org.rewire.runtime.metrics.MetricsRow;

/**
 * One network in training: the engine, the optimizer (Adam under the learning-rate schedule) and
 * the sparsifier's {@link SparsifierHooks} in the order the api promises (backward, penalty,
 * optimizer step, {@code afterStep}; {@code afterEpoch} at the end of each epoch). The training
 * loop and the benchmark drive it the same way.
 *
 * <p>Random streams, all split from the experiment's seed in a fixed order: network weights, the
 * sparsifier's stream, then the batch order. They are {@link SavableRandom}s, so a {@link
 * Checkpoint} holds their state and a resumed session continues them where they were.
 *
 * <p>Numerical faults stop training ({@link NumericalFaultException}): the loss is checked every
 * step, gradients and weights by the optimizer in its own pass, and all weights again at the end of
 * an epoch, before anything would save them.
 */
final class TrainingSession implements AutoCloseable {
  private final SpikingNetwork network;
  private final Engine engine;
  private final SparsifierHooks sparsifier;
  private final SavableRandom sparsifierRandom;
  private final Adam adam;
  private final LearningRateSchedule schedule;
  private final SavableRandom shuffle;
  private final int stepsPerEpoch;
  private long step;

  private TrainingSession(
      Experiment e,
      Components components,
      SpikingNetwork network,
      SavableRandom sparsifierRandom,
      SavableRandom shuffle,
      int samples,
      long step) {
    TrainingConfig training = e.training();
    this.network = network;
    this.sparsifierRandom = sparsifierRandom;
    this.sparsifier =
        new SparsifierHooks(
            e,
            components.sparsifier(),
            network,
            new RunRewiringContext(components.target(), sparsifierRandom));
    this.shuffle = shuffle;
    this.stepsPerEpoch = (samples + training.batchSize() - 1) / training.batchSize();
    this.step = step;
    Adam optimizer = Adam.defaults();
    this.adam = training.gradClip() > 0 ? optimizer.withClipValue(training.gradClip()) : optimizer;
    this.schedule = schedule(training, (long) stepsPerEpoch * training.epochs(), stepsPerEpoch);
    this.engine =
        new Engine(
            network,
            EngineOptions.withThreads(training.threads())
                .withApproximateBackward(training.approximateBackward()));
  }

  /**
   * Builds the network on the target, lets the sparsifier choose its synapses, starts the engine.
   */
  static TrainingSession open(
      Experiment e, Components components, BinnedDataset data, int samples) {
    SavableRandom seeds = new SavableRandom(e.seed());
    SpikingNetwork network = unconnected(spec(e, components, data), seeds.split());
    TrainingSession session =
        new TrainingSession(e, components, network, seeds.split(), seeds.split(), samples, 0);
    try {
      session.sparsifier.initialize();
    } catch (RuntimeException ex) {
      session.close();
      throw ex;
    }
    return session;
  }

  /**
   * Continues from {@code checkpoint}, which the caller has matched to {@code e}'s config: the
   * network, step count and random streams as saved, and the sparsifier restored instead of
   * initialised.
   *
   * @throws UserInputException if the sparsifier cannot resume or the saved network has another
   *     shape than the one the config builds now
   * @throws ComponentFailureException if it fails to restore its saved state
   */
  static TrainingSession resume(
      Experiment e, Components components, BinnedDataset data, int samples, Checkpoint checkpoint) {
    // The weights drawn here are replaced by the checkpoint's; only the shape matters.
    SpikingNetwork network = unconnected(spec(e, components, data), new SavableRandom(0));
    try {
      checkpoint.restoreInto(network);
    } catch (IllegalArgumentException ex) {
      // Same config, other shape: a plugin (the target's layout, say) changed since it was written.
      throw new UserInputException(
          "the checkpoint does not fit the network this config builds now ("
              + ex.getMessage()
              + "); start the run again with --force");
    }
    TrainingSession session =
        new TrainingSession(
            e,
            components,
            network,
            SavableRandom.restore(checkpoint.sparsifierRandom()),
            SavableRandom.restore(checkpoint.shuffle()),
            samples,
            checkpoint.step());
    try {
      session.sparsifier.restore(checkpoint.sparsifier());
    } catch (RuntimeException ex) {
      session.close();
      throw ex;
    }
    return session;
  }

  /**
   * The session's state after {@code epochs} complete epochs with these metrics rows, for a {@link
   * Checkpoint}; shares the network's arrays, so write it before the next step.
   */
  Checkpoint checkpoint(String configDigest, int epochs, List<MetricsRow> metrics) {
    return Checkpoint.of(
        configDigest,
        epochs,
        step,
        network,
        sparsifierRandom.state(),
        shuffle.state(),
        sparsifier.savedState(),
        metrics.stream().map(MetricsRow::asMap).toList());
  }

  /** A network of {@code spec} with no recurrent synapse yet: the sparsifier chooses them. */
  static SpikingNetwork unconnected(NetworkSpec spec, SavableRandom weights) {
    return SpikingNetwork.create(
        spec, new Connectivity.Builder(spec.layout().neurons()).build(), weights);
  }

  private static NetworkSpec spec(Experiment e, Components components, BinnedDataset data) {
    return NetworkSetup.spec(e, components.target(), data.inputs(), data.classes().size());
  }

  /** What the engine computed in the last step (the roofline's counts). */
  org.rewire.runtime.engine.Work lastWork() {
    return engine.lastWork();
  }

  /**
   * One optimizer step on {@code batch} during {@code epoch}.
   *
   * @return the batch's result and the sparsifier's penalty
   * @throws NumericalFaultException if the loss, a gradient or a weight is NaN or infinite
   */
  StepResult step(int epoch, List<BinnedSample> batch) {
    double rate = schedule.rate(step);
    sparsifier.context().at(epoch, step, rate);
    BatchResult result = engine.computeGradients(batch);
    StepResult r = new StepResult(result, sparsifier.penalty());
    if (!Double.isFinite(r.loss())) {
      throw NumericalFaultException.at(
          epoch + 1, step + 1, "the loss is " + (Double.isNaN(r.loss()) ? "NaN" : "infinite"));
    }
    Adam.Fault fault = adam.step(network, step + 1, rate);
    if (fault != Adam.Fault.NONE) {
      throw NumericalFaultException.at(
          epoch + 1,
          step + 1,
          fault == Adam.Fault.GRADIENT
              ? "a gradient is NaN or infinite"
              : "a weight is NaN or infinite after the optimizer step");
    }
    sparsifier.afterStep();
    step++;
    return r;
  }

  /**
   * The sparsifier's end-of-epoch rewiring, then a check that every weight is finite: the
   * sparsifier's hooks since the last optimizer step may have set any weight.
   *
   * @return what the sparsifier reported during the epoch, by name
   * @throws NumericalFaultException if a weight is NaN or infinite
   */
  Map<String, Double> endEpoch(int epoch) {
    sparsifier.context().at(epoch, step, learningRate());
    Map<String, Double> reports = sparsifier.afterEpoch();
    if (!finite(network.inputWeights()) || !finite(network.recurrentWeights())) {
      throw NumericalFaultException.at(
          epoch + 1, step, "a weight is NaN or infinite at the end of the epoch");
    }
    return reports;
  }

  private static boolean finite(SynapseStore store) {
    float check = 0;
    for (float w : store.weightArray()) {
      check += w * 0f; // NaN iff some weight is NaN or infinite; unused slots hold 0
    }
    return !Float.isNaN(check);
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

  /** A step's batch result and penalty. */
  record StepResult(BatchResult batch, double penalty) {
    double loss() {
      return batch.loss() + penalty;
    }
  }
}
