package org.rewire.deepr;

import org.rewire.api.Require;

/**
 * Settings of {@code mosaic-baseline} (paper section 4; defaults are the paper's code).
 *
 * @param lambdaCon strength of the hop-weighted L2 penalty (default 0.1)
 * @param beta hop cost exponent: the penalty weight of a synapse {@code d} hops long is {@code
 *     exp(beta d) - 1} (default 8)
 * @param capExponent the penalty weight is capped at {@code exp(cap_exponent)} (default 15)
 * @param pruneThreshold after each step from {@code prune_start_step}, weights with {@code |w| <}
 *     this are set to 0 (default 5e-4); 0 turns pruning off
 * @param pruneStartStep the first step (0-based index of the optimizer step just taken) after which
 *     pruning and clipping run (default 10)
 * @param clipStd after pruning, weights are clipped to {@code +-clip_std * std(W)} (default 2.5); 0
 *     turns clipping off
 * @param initStd initial weights are {@code N(0, init_std)} on every allowed synapse (default 0.1)
 */
public record MosaicBaselineConfig(
    Double lambdaCon,
    Double beta,
    Double capExponent,
    Double pruneThreshold,
    Integer pruneStartStep,
    Double clipStd,
    Double initStd) {
  public MosaicBaselineConfig {
    lambdaCon = Require.nonNegative("lambda_con", Require.orDefault(lambdaCon, 0.1));
    beta = Require.nonNegative("beta", Require.orDefault(beta, 8.0));
    capExponent = Require.nonNegative("cap_exponent", Require.orDefault(capExponent, 15.0));
    pruneThreshold =
        Require.nonNegative("prune_threshold", Require.orDefault(pruneThreshold, 5e-4));
    pruneStartStep = Require.nonNegative("prune_start_step", Require.orDefault(pruneStartStep, 10));
    clipStd = Require.nonNegative("clip_std", Require.orDefault(clipStd, 2.5));
    initStd = Require.nonNegative("init_std", Require.orDefault(initStd, 0.1));
  }

  /** The penalty weight of a synapse {@code hops} hops long: {@code min(e^(beta d) - 1, e^cap)}. */
  double hopCost(int hops) {
    return Math.min(Math.expm1(beta * hops), Math.exp(capExponent));
  }
}
