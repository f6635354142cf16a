package org.rewire.api;

/**
 * The input projection as a sparsifier sees it: trained weights from input channels to neurons.
 * Implemented by the runtime; obtained from {@link SparseNetwork#inputWeights()}.
 *
 * <p>Structure is fixed: which neurons a channel drives is decided by the model ({@code
 * model.projection}), never by a sparsifier. A sparsifier may read and set the weights, add to
 * their gradients (penalty terms), and prune a weight by setting it to 0: a pruned input weight
 * stays trainable, as in the paper's code, where it is an entry of a dense matrix.
 *
 * <p>Where these weights sit in the paper's model (PAPER.md section 5; arXiv:2412.01575's code):
 * one {@code N x N} matrix W holds the recurrent weights and, in the diagonal blocks of the input
 * neurons' rows, the input weights: channel {@code c}'s weights are row {@link #neuron(int)
 * neuron(c)} of W, which the model's structural rules keep free of recurrent synapses (no
 * recurrence inside an input core). A sparsifier that reproduces statistics over that W (a mean, a
 * standard deviation) reads both views.
 *
 * <p>Contract: the same as {@link SparseNetwork}'s; only the training thread calls these methods,
 * between optimizer steps. Channels are {@code 0 .. channels() - 1}; neurons {@code 0 .. neurons -
 * 1}.
 *
 * @since api 0.1.1
 */
public interface InputWeights {

  /** Number of input channels (the model's {@code model.input.channels}); 0 when none are seen. */
  int channels();

  /**
   * The neuron whose row of the paper's matrix W holds channel {@code c}'s weights: {@code
   * layout.inputNeurons()[c]} when each channel drives its input neuron's core (the paper's
   * projection); -1 when the projection has no place in W (a dense projection, where every channel
   * drives every neuron).
   *
   * @throws IndexOutOfBoundsException if {@code c} is not a channel
   */
  int neuron(int channel);

  /**
   * The neurons channel {@code c} drives, ascending (a copy).
   *
   * @throws IndexOutOfBoundsException if {@code c} is not a channel
   */
  int[] targets(int channel);

  /** Number of input synapses (channel, neuron) in the projection, pruned ones included. */
  long count();

  /** Weight of {@code channel -> post}; 0 when the channel does not drive {@code post}. */
  float weight(int channel, int post);

  /**
   * Sets the weight of an input synapse; 0 prunes it (it stays trainable).
   *
   * @throws IllegalStateException if {@code channel} does not drive {@code post}
   */
  void setWeight(int channel, int post, float weight);

  /** Gradient of the loss with respect to the weight, from the last backward pass; 0 if absent. */
  float gradient(int channel, int post);

  /**
   * Adds to the gradient of an input synapse before the optimizer step (penalty terms).
   *
   * @throws IllegalStateException if {@code channel} does not drive {@code post}
   */
  void addGradient(int channel, int post, float gradient);

  /** Calls {@code visitor} once per input synapse, channels ascending, then neurons ascending. */
  void forEach(InputSynapseVisitor visitor);

  /** Receives input synapses. */
  @FunctionalInterface
  interface InputSynapseVisitor {
    /** One input synapse with its weight. */
    void visit(int channel, int post, float weight);
  }

  /** A projection with no channels: what {@link SparseNetwork#inputWeights()} gives by default. */
  static InputWeights none() {
    return NoInputWeights.INSTANCE;
  }
}
