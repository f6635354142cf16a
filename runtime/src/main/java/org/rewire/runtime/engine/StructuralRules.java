package org.rewire.runtime.engine;

import org.rewire.api.Layout;

/**
 * The synapses the model never has, whatever a sparsifier wants (PAPER.md section 5 and the PyTorch
 * reference's {@code build_masks}): no recurrence inside a core that holds input neurons (its
 * diagonal block carries the input projection instead), and none from an output neuron to an output
 * neuron. Self-connections elsewhere are allowed, as in the reference.
 */
public final class StructuralRules {
  private final int[] coreOf;
  private final boolean[] inputCore;
  private final boolean[] output;

  /** The rules for {@code layout}. */
  public StructuralRules(Layout layout) {
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

  /** Whether {@code pre -> post} may ever be active. */
  public boolean allowed(int pre, int post) {
    if (output[pre] && output[post]) {
      return false;
    }
    int core = coreOf[pre];
    return !(core == coreOf[post] && inputCore[core]);
  }
}
