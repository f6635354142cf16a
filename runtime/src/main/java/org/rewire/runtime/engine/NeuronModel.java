package org.rewire.runtime.engine;

import java.util.random.RandomGenerator;

/**
 * The dynamics of the network's neurons: the one place a neuron model's equations live, so the
 * engine's loop ({@link Engine}) never changes when a model is added. Chosen by name in {@code
 * model.neuron} ({@link NeuronModels}).
 *
 * <p>A model is an immutable value: its parameters record and its surrogate derivative. Its
 * per-neuron parameters (time constants as decays, which it may learn) are part of the network's
 * trainable state ({@link NeuronParameters}, made by {@link #initialParameters}). Everything that
 * changes during a pass lives in the {@link NeuronState} it makes for each block of lanes: the
 * state variables over the engine's lane-minor arrays, what the forward pass keeps for the backward
 * pass, the adjoints the backward pass carries from step {@code t + 1} to step {@code t}, and the
 * block's gradients of the trained parameters. The shape follows Norse's functional neurons ({@code
 * norse/torch/functional/lif.py}: a parameters record, a state, a step function, an explicit
 * backward beside it); names follow snnTorch.
 *
 * <p>The engine owns the synapses. Per step it hands the model the synaptic input current {@code
 * I_t} (input events and recurrent spikes of step {@code t - 1}, already weighted and summed) and
 * takes back the spikes {@code z_t}; backwards it hands the model {@code dL/dz_t} and takes back
 * {@code dL/dI_t}, the gradient into the synaptic input, from which it forms the weight gradients.
 * A model must be deterministic and must keep the float order of its step fixed: the engine's
 * results are bit-identical across thread counts and kernel backends only if its neurons are.
 */
public interface NeuronModel {

  /** The name {@code model.neuron} uses for this model. */
  String name();

  /**
   * The state variables each neuron carries from step to step in every lane (1 for LIF: the
   * membrane potential); each is one lane-minor float array of {@code neurons * lanes} elements.
   */
  int stateVariables();

  /** The pseudo-derivative its spike function uses in the backward pass. */
  Surrogate surrogate();

  /** This model with another surrogate, all else equal. */
  NeuronModel withSurrogate(Surrogate surrogate);

  /**
   * The per-neuron parameters of {@code neurons} neurons at the start of training. Learned time
   * constants draw their heterogeneous initial values from {@code random}, neuron by neuron; a
   * model that learns nothing draws nothing, so the network's other draws do not move.
   */
  NeuronParameters initialParameters(int neurons, RandomGenerator random);

  /**
   * Fresh buffers for one block of the neurons of {@code parameters} (which the state reads, live,
   * at every step) times {@code lanes} lanes; one block's state is used by one thread at a time.
   *
   * @throws IllegalArgumentException if {@code parameters} are not this model's
   */
  NeuronState newState(NeuronParameters parameters, int lanes);
}
