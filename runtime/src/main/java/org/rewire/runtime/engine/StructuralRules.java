package org.rewire.runtime.engine;

import org.rewire.api.Layout;

/**
 * The synapses the model never has, whatever a sparsifier wants: the engine's handle on the api's
 * {@link org.rewire.api.StructuralRules}, where the rules are stated once (no recurrence inside a
 * core that holds input neurons, none from an output neuron to an output neuron).
 */
public final class StructuralRules {
  private final org.rewire.api.StructuralRules rules;

  /** The rules for {@code layout}. */
  public StructuralRules(Layout layout) {
    this.rules = org.rewire.api.StructuralRules.of(layout);
  }

  /** Whether {@code pre -> post} may ever be active. */
  public boolean allowed(int pre, int post) {
    return rules.allowed(pre, post);
  }
}
