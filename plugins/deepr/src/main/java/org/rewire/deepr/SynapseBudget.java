package org.rewire.deepr;

import org.rewire.api.InvalidConfigException;
import org.rewire.api.Require;

/**
 * The budget settings {@code deepr} and {@code constrained-deepr} share: a synapse count {@code
 * budget} over the whole network, or a {@code connectivity} (a fraction of the allowed synapses)
 * per group, one of the two.
 */
final class SynapseBudget {
  private SynapseBudget() {}

  /**
   * Checks {@code budget} and {@code connectivity} as a config record's constructor does.
   *
   * @param global whether the scope is one budget over the whole network (a count needs it)
   * @param groups what a non-global scope budgets, for the error ("block", "core")
   * @return the connectivity to keep: null with a budget, else the given one (default 0.1)
   * @throws InvalidConfigException at {@code budget} when both are given, or a count with a
   *     non-global scope, or a negative count; at {@code connectivity} outside [0, 1]
   */
  static Double connectivity(Double connectivity, Integer budget, boolean global, String groups) {
    if (budget == null) {
      return Require.inRange("connectivity", Require.orDefault(connectivity, 0.1), 0, 1);
    }
    if (connectivity != null) {
      throw new InvalidConfigException("budget", "give either budget or connectivity, not both");
    }
    if (!global) {
      throw new InvalidConfigException(
          "budget", "needs scope: global; use connectivity for per-" + groups + " budgets");
    }
    Require.nonNegative("budget", budget);
    return null;
  }
}
