package org.rewire.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.rewire.api.Connectivity;
import org.rewire.api.HardwareTarget;
import org.rewire.api.InputWeights;
import org.rewire.api.ResumableSparsifier;
import org.rewire.api.Sparsifier;
import org.rewire.api.SparsifierProvider;

/**
 * The contract every {@link Sparsifier} plugin must meet, exercised on an {@link
 * ArraySparseNetwork} over a target's layout. Extend it and supply the provider, a config and a
 * target.
 *
 * @param <C> the provider's config record
 */
public abstract class SparsifierContract<C> extends ProviderContract<C> {

  /** The provider under test. */
  @Override
  protected abstract SparsifierProvider<C> provider();

  /** A valid, representative config. */
  @Override
  protected abstract C config();

  /** The target to sparsify for (small: the kit uses dense arrays of N x N). */
  protected abstract HardwareTarget target();

  /**
   * The network the sparsifier works on; by default no recurrence among output neurons and no input
   * weights. Return {@link ArraySparseNetwork#paperModel} to train input weights too (the kit's
   * steps then give them gradients and update them as the recurrent ones).
   */
  protected ArraySparseNetwork network() {
    return ArraySparseNetwork.withoutOutputRecurrence(target().layout());
  }

  private Sparsifier sparsifier(long seed) {
    return provider().create(config(), KitBuildContext.fitting(target(), seed, folder));
  }

  /** Initialises, then runs {@code epochs} epochs of {@code steps} steps with random gradients. */
  protected ArraySparseNetwork train(long seed, int epochs, int steps) {
    ArraySparseNetwork network = network();
    Sparsifier sparsifier = sparsifier(seed);
    KitRewiringContext context = new KitRewiringContext(target(), seed);
    sparsifier.initialize(network, context);
    SplittableRandom gradients = new SplittableRandom(seed + 1);
    for (int e = 0; e < epochs; e++) {
      epoch(sparsifier, network, context, gradients, steps);
    }
    return network;
  }

  /** One epoch of {@code steps} steps with gradients from {@code gradients}, then afterEpoch. */
  private static void epoch(
      Sparsifier sparsifier,
      ArraySparseNetwork network,
      KitRewiringContext context,
      RandomGenerator gradients,
      int steps) {
    for (int s = 0; s < steps; s++) {
      network.forEachActive(
          (pre, post, w) -> network.setGradient(pre, post, (float) gradients.nextGaussian()));
      if (network.inputWeights() instanceof ArrayInputWeights arrayInputs) {
        arrayInputs.forEach(
            (channel, post, w) ->
                arrayInputs.setGradient(channel, post, (float) gradients.nextGaussian()));
      }
      sparsifier.penalty(network, context);
      network.forEachActive(
          (pre, post, w) -> network.setWeight(pre, post, w - 0.01f * network.gradient(pre, post)));
      InputWeights inputs = network.inputWeights();
      inputs.forEach(
          (channel, post, w) ->
              inputs.setWeight(channel, post, w - 0.01f * inputs.gradient(channel, post)));
      sparsifier.afterStep(network, context);
      context.nextStep();
    }
    sparsifier.afterEpoch(network, context);
    context.nextEpoch();
  }

  /**
   * A {@link ResumableSparsifier} saved after an epoch and restored, fresh, on a copy of the
   * network with the random stream where it was, decides exactly as the original from then on: what
   * {@code rewire run --resume} relies on. The restore reads all that was saved and, as the
   * contract says, neither changes the network nor draws from the random stream. Skipped for
   * sparsifiers that cannot resume.
   */
  @Test
  void aRestoredSparsifierContinuesAsTheOriginal() throws IOException {
    long seed = 13;
    Sparsifier original = sparsifier(seed);
    assumeTrue(original instanceof ResumableSparsifier, "the sparsifier cannot resume");
    ReplayableRandom random = new ReplayableRandom(seed);
    ReplayableRandom gradients = new ReplayableRandom(seed + 1);
    ArraySparseNetwork network = network();
    KitRewiringContext context = new KitRewiringContext(target(), random);
    original.initialize(network, context);
    epoch(original, network, context, gradients, 3);

    context.drainReports(); // the metrics row of the epoch before the checkpoint
    ByteArrayOutputStream state = new ByteArrayOutputStream();
    ((ResumableSparsifier) original).saveState(new DataOutputStream(state));
    ArraySparseNetwork copy = network();
    network.forEachActive(copy::activate);
    copyInputWeights(network, copy);
    ReplayableRandom copyRandom = random.copy();
    KitRewiringContext copyContext = new KitRewiringContext(target(), copyRandom);
    copyContext.at(context.epoch(), context.step(), context.learningRate());
    ReplayableRandom copyGradients = gradients.copy();
    ResumableSparsifier restored = (ResumableSparsifier) sparsifier(seed);
    List<String> before = synapses(copy);
    long drawsBefore = copyRandom.draws();
    DataInputStream in = new DataInputStream(new ByteArrayInputStream(state.toByteArray()));
    restored.restoreState(copy, copyContext, in);
    assertThat(in.available()).as("restoreState reads all that saveState wrote").isZero();
    assertThat(synapses(copy)).as("restoreState leaves the network as it was").isEqualTo(before);
    assertThat(copyRandom.draws())
        .as("restoreState draws nothing from the random stream")
        .isEqualTo(drawsBefore);

    for (int e = 0; e < 2; e++) {
      epoch(original, network, context, gradients, 3);
      epoch(restored, copy, copyContext, copyGradients, 3);
      assertThat(synapses(copy))
          .as("epoch %d after the restore", e + 1)
          .isEqualTo(synapses(network));
      assertThat(copyContext.drainReports()).isEqualTo(context.drainReports());
    }
  }

  /** The input weights are the network's too: a checkpoint holds them as it holds W. */
  private static void copyInputWeights(ArraySparseNetwork from, ArraySparseNetwork to) {
    from.inputWeights()
        .forEach((channel, post, w) -> to.inputWeights().setWeight(channel, post, w));
  }

  /** The network's active synapses and input weights with their values, in a fixed order. */
  private static List<String> synapses(ArraySparseNetwork network) {
    List<String> all = new ArrayList<>();
    network.forEachActive((pre, post, w) -> all.add(pre + ">" + post + "=" + w));
    network
        .inputWeights()
        .forEach((channel, post, w) -> all.add("in" + channel + ">" + post + "=" + w));
    return all;
  }

  @Test
  void initializationActivatesOnlyAllowedSynapsesWithFiniteWeights() {
    ArraySparseNetwork network = train(5, 0, 0);
    assertThat(network.activeCount()).isPositive();
    network.forEachActive(
        (pre, post, w) -> {
          assertThat(network.allowed(pre, post)).isTrue();
          assertThat(Float.isFinite(w)).isTrue();
        });
  }

  @Test
  void theSameSeedGivesTheSameNetworkThroughTraining() {
    Connectivity a = train(9, 2, 3).connectivity();
    Connectivity b = train(9, 2, 3).connectivity();
    assertThat(b).isEqualTo(a);
  }

  @Test
  void trainingKeepsOnlyAllowedSynapses() {
    ArraySparseNetwork network = train(3, 3, 4);
    network.forEachActive(
        (pre, post, w) ->
            assertThat(network.allowed(pre, post)).as("%d -> %d", pre, post).isTrue());
    assertThat(network.activeCount()).isEqualTo(network.connectivity().synapses());
  }
}
