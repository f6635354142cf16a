package org.rewire.api;

/**
 * The kinds of weight a chip may store at different precisions (PAPER.md section 5's model).
 *
 * @since api 0.2.0
 */
public enum WeightKind {
  /** Input projection: channel to neuron ({@link InputWeights}). */
  INPUT,
  /** Recurrent synapses between neurons that are not output neurons' inputs. */
  RECURRENT,
  /**
   * Recurrent synapses onto an output neuron: the readout weights, which a chip with a separate
   * output layer (Xylo-class) stores apart from the recurrent ones.
   */
  OUTPUT
}
