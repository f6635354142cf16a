package org.rewire.api;

/**
 * Decides which recurrent synapses exist during training.
 *
 * <p>Lifecycle: {@link #initialize} once before the first step; then, for every optimizer step,
 * {@link #penalty} after the backward pass and before the optimizer update, and {@link #afterStep}
 * after the update; {@link #afterEpoch} after the last step of each epoch. All calls come from the
 * training thread. Given the same network, context values and random stream, a sparsifier makes the
 * same decisions: no other randomness, no wall clock, no iteration over hash-ordered collections.
 */
public interface Sparsifier {

  /** Chooses the initial active synapses and their weights. */
  void initialize(SparseNetwork network, RewiringContext context);

  /** Called after every optimizer step; DeepR rewires here. */
  default void afterStep(SparseNetwork network, RewiringContext context) {}

  /** Called after every epoch; routing-aware DeepR rewires here. */
  default void afterEpoch(SparseNetwork network, RewiringContext context) {}

  /**
   * Adds a regularisation term: may add its gradient through {@link SparseNetwork#addGradient} and
   * returns its value, which the runtime adds to the reported loss. The default adds nothing.
   */
  default double penalty(SparseNetwork network, RewiringContext context) {
    return 0;
  }
}
