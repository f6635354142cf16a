package org.rewire.deepr;

import org.rewire.api.Require;

/**
 * Settings of {@code constrained-deepr}: DeepR (Bellec et al. 2018) that holds any target's
 * constraints.
 *
 * @param connectivity the fraction of the synapses the target's caps admit that is active at all
 *     times, in [0, 1] (default 0.1 unless {@code budget} is given); with {@code scope: core} it
 *     applies to each source core
 * @param budget the number K of active synapses, instead of {@code connectivity}; only with {@code
 *     scope: global}. More than the caps admit fails before training
 * @param scope {@code global}: one budget over the network; {@code core}: one budget per source
 *     core (the presynaptic neuron's core), regrowth within it (default global)
 * @param rewire when dormant synapses are replaced and the network is mapped and repaired: {@code
 *     step} (after every optimizer step, as DeepR) or {@code epoch} (after every epoch; the DeepR
 *     update of the parameters then also runs once per epoch). Default step
 * @param l1 L1 strength: each rewiring shrinks every active parameter by {@code eta * l1} (default
 *     1e-5, DeepR's script)
 * @param temperature noise temperature T; unset means DeepR's {@code eta * 1e-10 / 2}; 0 turns
 *     noise off
 * @param initStd initial parameters {@code |N(0, init_std)|} with a random fixed sign (default 0.1)
 * @param repairRounds how many times a rewiring may map, remove what the mapping blames and regrow
 *     elsewhere before it removes without regrowing (default 8; 0 maps once and only removes)
 */
public record ConstrainedDeepRConfig(
    Double connectivity,
    Integer budget,
    Scope scope,
    Rewire rewire,
    Double l1,
    Double temperature,
    Double initStd,
    Integer repairRounds) {

  /** Where a budget applies. */
  public enum Scope {
    /** One budget over the whole recurrent matrix. */
    GLOBAL,
    /** One budget per source core. */
    CORE
  }

  /** When the network is rewired. */
  public enum Rewire {
    /** After every optimizer step. */
    STEP,
    /** After every epoch. */
    EPOCH
  }

  public ConstrainedDeepRConfig {
    scope = Require.orDefault(scope, Scope.GLOBAL);
    connectivity = SynapseBudget.connectivity(connectivity, budget, scope == Scope.GLOBAL, "core");
    rewire = Require.orDefault(rewire, Rewire.STEP);
    l1 = Require.nonNegative("l1", Require.orDefault(l1, 1e-5));
    if (temperature != null) {
      Require.nonNegative("temperature", temperature);
    }
    initStd = Require.positive("init_std", Require.orDefault(initStd, 0.1));
    repairRounds = Require.nonNegative("repair_rounds", Require.orDefault(repairRounds, 8));
  }

  /** The noise temperature at learning rate {@code eta}. */
  double temperatureAt(double eta) {
    return ParameterRule.temperatureAt(temperature, eta);
  }
}
