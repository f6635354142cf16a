package org.rewire.api;

/**
 * The engine's recurrent weights as a sparsifier sees them: which synapses are active, their
 * weights and last gradients, and the operations that rewire them; and, read-mostly, the input
 * projection's weights ({@link #inputWeights()}). Implemented by the runtime.
 *
 * <p>Contract: only the training thread calls these methods, between optimizer steps. {@link
 * #activate} and {@link #deactivate} also reset the optimizer state (Adam moments) of that synapse,
 * so a regrown synapse starts fresh. A synapse that is not {@link #allowed} (the model's structural
 * exclusions, such as recurrence among output neurons) can never be activated.
 */
public interface SparseNetwork {

  /** The layout the network is placed on. */
  Layout layout();

  /** Number of neurons (= {@code layout().neurons()}). */
  default int neurons() {
    return layout().neurons();
  }

  /** Whether synapse {@code pre -> post} may exist at all. */
  boolean allowed(int pre, int post);

  /** Whether synapse {@code pre -> post} is active. */
  boolean active(int pre, int post);

  /** Number of active synapses. */
  long activeCount();

  /** Weight of {@code pre -> post}; 0 when inactive. */
  float weight(int pre, int post);

  /**
   * Sets the weight of an active synapse.
   *
   * @throws IllegalStateException if the synapse is inactive
   */
  void setWeight(int pre, int post, float weight);

  /**
   * Gradient of the loss with respect to the weight, from the last backward pass; 0 if inactive.
   */
  float gradient(int pre, int post);

  /** Adds to the gradient of an active synapse before the optimizer step (penalty terms). */
  void addGradient(int pre, int post, float gradient);

  /**
   * Makes {@code pre -> post} active with {@code weight}; its optimizer state starts at zero.
   *
   * @throws IllegalStateException if it is already active or not allowed
   */
  void activate(int pre, int post, float weight);

  /**
   * Makes {@code pre -> post} inactive and drops its weight and optimizer state.
   *
   * @throws IllegalStateException if it is not active
   */
  void deactivate(int pre, int post);

  /**
   * The input projection's weights, which a sparsifier may read, set and prune (set to 0) but not
   * restructure. The runtime exposes the model's projection; implementations written before api
   * 0.1.1 expose none (the default).
   *
   * @since api 0.1.1
   */
  default InputWeights inputWeights() {
    return InputWeights.none();
  }

  /** The active synapses now (a snapshot). */
  Connectivity connectivity();

  /** Calls {@code visitor} once per active synapse, presynaptic neurons ascending. */
  void forEachActive(SynapseVisitor visitor);

  /** Receives active synapses. */
  @FunctionalInterface
  interface SynapseVisitor {
    /** One active synapse with its weight. */
    void visit(int pre, int post, float weight);
  }
}
