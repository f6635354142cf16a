package org.rewire.api;

/**
 * The most neurons of each role a chip holds. Roles follow the model (PAPER.md section 5): input
 * neurons receive the input channels, output neurons are read out as class scores, hidden neurons
 * are the rest of the recurrent population. A chip whose outputs are a separate layer (a Xylo-class
 * chip) states its own limit per role all the same.
 *
 * @param inputs most input neurons (equivalently: input channels a chip's layout attaches), {@code
 *     >= 0}
 * @param hidden most hidden neurons, {@code >= 0}
 * @param outputs most output neurons, so most classes a network on the chip can tell apart, {@code
 *     >= 0}
 * @since api 0.2.0
 */
public record NeuronCounts(int inputs, int hidden, int outputs) {
  /**
   * @throws IllegalArgumentException if a count is negative
   */
  public NeuronCounts {
    if (inputs < 0 || hidden < 0 || outputs < 0) {
      throw new IllegalArgumentException(
          "neuron counts must be >= 0, got " + inputs + ", " + hidden + ", " + outputs);
    }
  }

  /**
   * The counts {@code layout} has: its input neurons, its output neurons, and every other neuron as
   * hidden (a neuron both input and output counts in both roles).
   */
  public static NeuronCounts of(Layout layout) {
    boolean[] role = new boolean[layout.neurons()];
    int[] in = layout.inputNeurons();
    int[] out = layout.outputNeurons();
    int withRole = 0;
    for (int i : in) {
      withRole += role[i] ? 0 : 1;
      role[i] = true;
    }
    for (int i : out) {
      withRole += role[i] ? 0 : 1;
      role[i] = true;
    }
    return new NeuronCounts(in.length, layout.neurons() - withRole, out.length);
  }

  /** Whether every count of {@code other} is at most this one's. */
  public boolean admits(NeuronCounts other) {
    return other.inputs <= inputs && other.hidden <= hidden && other.outputs <= outputs;
  }
}
