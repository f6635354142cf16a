package org.rewire.api;

/**
 * The synapses the model never has, whatever a sparsifier wants, stated once for every part of
 * Rewire (the engine masks them, sparsifiers skip them, targets never see them): PAPER.md section 5
 * and the PyTorch reference's {@code build_masks}.
 *
 * <ul>
 *   <li>No recurrence inside a core that holds input neurons: its diagonal block carries the input
 *       projection instead (the paper's matrix W holds the input weights there).
 *   <li>None from an output neuron to an output neuron: outputs are not recurrent among themselves.
 * </ul>
 *
 * Self-connections elsewhere are allowed, as in the reference. Immutable and thread-safe; {@link
 * #allowed} is an array lookup.
 *
 * @since api 0.2.0
 */
public final class StructuralRules {
  private final int[] coreOf;
  private final boolean[] inputCore;
  private final boolean[] output;

  private StructuralRules(Layout layout) {
    int n = layout.neurons();
    coreOf = new int[n];
    for (int i = 0; i < n; i++) {
      coreOf[i] = layout.coreOf(i);
    }
    inputCore = new boolean[layout.cores()];
    for (int i : layout.inputNeurons()) {
      inputCore[coreOf[i]] = true;
    }
    output = new boolean[n];
    for (int i : layout.outputNeurons()) {
      output[i] = true;
    }
  }

  /** The rules for the network on {@code layout}. */
  public static StructuralRules of(Layout layout) {
    return new StructuralRules(layout);
  }

  /**
   * Whether {@code pre -> post} may ever be active.
   *
   * @throws ArrayIndexOutOfBoundsException if a neuron is outside the layout
   */
  public boolean allowed(int pre, int post) {
    return reason(pre, post) == null;
  }

  /**
   * Why {@code pre -> post} can never exist, in words for a message; {@code null} when it may.
   *
   * @throws ArrayIndexOutOfBoundsException if a neuron is outside the layout
   */
  public String reason(int pre, int post) {
    if (output[pre] && output[post]) {
      return "output neurons are not recurrent among themselves";
    }
    int core = coreOf[pre];
    if (core == coreOf[post] && inputCore[core]) {
      return "no recurrence inside core " + core + ", which holds input neurons";
    }
    return null;
  }
}
