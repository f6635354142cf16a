package org.rewire.deepr;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.rewire.api.Require;

/**
 * Settings of {@code deepr} (Bellec et al., paper section 3).
 *
 * @param connectivity the fraction of allowed synapses active at all times, in [0, 1] (default 0.1
 *     unless {@code budget} is given); with {@code scope: block} it applies to every block
 * @param budget the number K of active synapses, instead of {@code connectivity}; only with {@code
 *     scope: global}
 * @param l1 the L1 strength: every step shrinks each active parameter by {@code eta * l1} (default
 *     1e-5, the official script)
 * @param temperature the noise temperature T: every step adds {@code sqrt(2 eta T) N(0,1)} to each
 *     active parameter. Unset (null, the default) means the official script's {@code T = eta *
 *     1e-10 / 2}, recomputed each step from the current learning rate eta, so the noise standard
 *     deviation is {@code eta * 1e-5}; a number fixes T; 0 turns noise off
 * @param scope {@code global}: one budget over all allowed synapses; {@code block}: one budget per
 *     weight block (source core, destination core), each {@code round(connectivity * allowed
 *     synapses of the block)}, reactivation within the block (default global)
 * @param initStd initial parameters are {@code |N(0, init_std)|} with a random fixed sign (default
 *     0.1)
 * @param repairAfter train-then-repair: after this many epochs of routing-unaware DeepR, the
 *     network is mapped on the target and the synapses its violations blame are removed, weakest
 *     first, until it maps (no regrowth); from then on the structure is frozen and the remaining
 *     synapses are fine-tuned (no rewiring, no L1, no noise). Unset (the default): DeepR
 *     throughout. {@code >= 1}; the run needs more epochs than this for a fine-tune
 */
public record DeepRConfig(
    Double connectivity,
    Integer budget,
    Double l1,
    Double temperature,
    Scope scope,
    Double initStd,
    @JsonInclude(JsonInclude.Include.NON_NULL) Integer repairAfter) {

  /** Where a budget applies. */
  public enum Scope {
    /** One budget over the whole recurrent matrix. */
    GLOBAL,
    /** One budget per (source core, destination core) block. */
    BLOCK
  }

  public DeepRConfig {
    scope = Require.orDefault(scope, Scope.GLOBAL);
    connectivity = SynapseBudget.connectivity(connectivity, budget, scope == Scope.GLOBAL, "block");
    l1 = Require.nonNegative("l1", Require.orDefault(l1, 1e-5));
    if (temperature != null) {
      Require.nonNegative("temperature", temperature);
    }
    initStd = Require.positive("init_std", Require.orDefault(initStd, 0.1));
    if (repairAfter != null) {
      Require.positive("repair_after", repairAfter);
    }
  }

  /** DeepR throughout (no repair). */
  public DeepRConfig(
      Double connectivity,
      Integer budget,
      Double l1,
      Double temperature,
      Scope scope,
      Double initStd) {
    this(connectivity, budget, l1, temperature, scope, initStd, null);
  }

  /** Whether the structure is frozen (repaired, fine-tuning) in epoch {@code epoch} (from 0). */
  boolean frozenIn(int epoch) {
    return repairAfter != null && epoch >= repairAfter;
  }

  /** The noise temperature at learning rate {@code eta}. */
  double temperatureAt(double eta) {
    return ParameterRule.temperatureAt(temperature, eta);
  }
}
