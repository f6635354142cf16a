package org.rewire.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.rewire.api.Connectivity;
import org.rewire.api.HardwareTarget;
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

  /** The network the sparsifier works on; by default no recurrence among output neurons. */
  protected ArraySparseNetwork network() {
    return ArraySparseNetwork.withoutOutputRecurrence(target().layout());
  }

  private Sparsifier sparsifier(long seed) {
    return provider().create(config(), KitBuildContext.of(seed, folder).withTarget(target()));
  }

  /** Initialises, then runs {@code epochs} epochs of {@code steps} steps with random gradients. */
  protected ArraySparseNetwork train(long seed, int epochs, int steps) {
    ArraySparseNetwork network = network();
    Sparsifier sparsifier = sparsifier(seed);
    KitRewiringContext context = new KitRewiringContext(target(), seed);
    sparsifier.initialize(network, context);
    SplittableRandom gradients = new SplittableRandom(seed + 1);
    for (int e = 0; e < epochs; e++) {
      for (int s = 0; s < steps; s++) {
        network.forEachActive(
            (pre, post, w) -> network.setGradient(pre, post, (float) gradients.nextGaussian()));
        sparsifier.penalty(network, context);
        network.forEachActive(
            (pre, post, w) ->
                network.setWeight(pre, post, w - 0.01f * network.gradient(pre, post)));
        sparsifier.afterStep(network, context);
        context.nextStep();
      }
      sparsifier.afterEpoch(network, context);
      context.nextEpoch();
    }
    return network;
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
