package org.rewire.api;

/**
 * A neuromorphic chip as training and mapping see it: where neurons sit, what the chip allows, and
 * how a network maps onto it.
 *
 * <p>Contract: instances are immutable after construction and safe to use from several threads.
 * {@link #map} is deterministic: the same network gives the same report. A chip whose cores are
 * some number of hops apart also implements {@link HopTarget}.
 *
 * <p>How a chip's limits reach training: what any sparsifier can hold as budgets is stated in
 * {@link #constraints()}; everything else (router ports, memories of a given size) is checked by
 * {@link #map}, whose violations name the synapses that load each exceeded capacity, so a
 * sparsifier can remove them ({@code constrained-deepr} does both).
 */
public interface HardwareTarget {

  /** Where neurons sit; the engine's network has exactly {@code layout().neurons()} neurons. */
  Layout layout();

  /**
   * What the chip allows, in terms a sparsifier can hold without knowing the chip. Must agree with
   * {@link #layout()} ({@link ChipConstraints#conflictsWith} empty) and be cheap (an accessor).
   * Default: the layout's neuron counts, no caps, float weights, any neuron model.
   *
   * @since api 0.2.0
   */
  default ChipConstraints constraints() {
    return ChipConstraints.of(layout());
  }

  /**
   * Places, routes and counts memory for the recurrent synapses of a network on this chip's layout.
   * Must be consistent with {@link #map(Connectivity, InputWeights)} given no input weights.
   *
   * @param network synapses over {@code layout().neurons()} neurons
   * @throws IllegalArgumentException if the network has another number of neurons
   */
  MappingReport map(Connectivity network);

  /**
   * Places, routes and counts memory for a whole network: its recurrent synapses and its input
   * projection. A chip that stores input weights counts their memory here; an input weight of 0 is
   * pruned and needs none. The runtime calls this form. Default: {@link #map(Connectivity)}, the
   * input weights not counted.
   *
   * @param network recurrent synapses over {@code layout().neurons()} neurons
   * @param inputs the input projection, read only ({@link InputWeights#none()} when there is none)
   * @throws IllegalArgumentException if the network has another number of neurons
   * @since api 0.2.0
   */
  default MappingReport map(Connectivity network, InputWeights inputs) {
    return map(network);
  }
}
