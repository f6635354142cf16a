package org.rewire.runtime.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * The per-neuron parameters of a network's neuron model ({@link NeuronParameter}s by name, in the
 * model's order), part of the {@link SpikingNetwork}'s trainable state next to its weights: what
 * {@link NeuronModel#initialParameters} makes, what {@link Adam} trains when a model learns its
 * time constants, and what checkpoints save.
 */
public final class NeuronParameters {
  private final int neurons;
  private final List<NeuronParameter> all;
  private final List<NeuronParameter> trainable;

  /**
   * The parameters {@code all}, each over {@code neurons} neurons.
   *
   * @throws IllegalArgumentException if one covers another number of neurons or two share a name
   */
  public NeuronParameters(int neurons, List<NeuronParameter> all) {
    this.neurons = neurons;
    this.all = List.copyOf(all);
    List<NeuronParameter> trained = new ArrayList<>();
    for (int k = 0; k < all.size(); k++) {
      NeuronParameter p = all.get(k);
      if (p.neurons() != neurons) {
        throw new IllegalArgumentException(
            p.name() + " covers " + p.neurons() + " neurons, not " + neurons);
      }
      for (int q = 0; q < k; q++) {
        if (all.get(q).name().equals(p.name())) {
          throw new IllegalArgumentException("two neuron parameters named " + p.name());
        }
      }
      if (p.trainable()) {
        trained.add(p);
      }
    }
    this.trainable = List.copyOf(trained);
  }

  /** Neurons every parameter covers. */
  public int neurons() {
    return neurons;
  }

  /** Every parameter, in the model's order. */
  public List<NeuronParameter> all() {
    return all;
  }

  /** The trained parameters, in the model's order. */
  public List<NeuronParameter> trainable() {
    return trainable;
  }

  /**
   * The parameter called {@code name}.
   *
   * @throws IllegalArgumentException if there is none
   */
  public NeuronParameter get(String name) {
    for (NeuronParameter p : all) {
      if (p.name().equals(name)) {
        return p;
      }
    }
    throw new IllegalArgumentException("no neuron parameter named " + name);
  }

  /** The index of {@code p} among {@link #trainable()}, or -1 if it is not trained. */
  int trainableIndex(NeuronParameter p) {
    return trainable.indexOf(p);
  }
}
