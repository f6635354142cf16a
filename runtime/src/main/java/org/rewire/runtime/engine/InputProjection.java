package org.rewire.runtime.engine;

/** How input channels attach to neurons. */
public enum InputProjection {
  /**
   * The paper's block-diagonal input tiles: channel {@code c} drives every neuron on the core of
   * {@code layout.inputNeurons()[c]}, through one trained weight per (channel, neuron).
   */
  CORE,
  /** A dense projection: every channel drives every neuron. */
  DENSE
}
