package org.rewire.runtime.engine;

/**
 * The scalar reference of every installed neuron model. A model without one fails every engine test
 * that is run for all models ({@link NeuronModels#names()}), so a new model cannot go in untested.
 */
final class ReferenceNeurons {
  private ReferenceNeurons() {}

  /** The reference of {@code model}, with its constants and the per-neuron {@code parameters}. */
  static ReferenceNeuron of(NeuronModel model, NeuronParameters parameters) {
    if (model instanceof Lif lif) {
      return new ReferenceLif(lif, parameters);
    }
    if (model instanceof Alif alif) {
      return new ReferenceAlif(alif, parameters);
    }
    if (model instanceof CubaLif cuba) {
      return new ReferenceCubaLif(cuba, parameters);
    }
    throw new AssertionError(
        "no scalar reference for neuron model '"
            + model.name()
            + "': write one beside ReferenceLif and add it here");
  }
}
