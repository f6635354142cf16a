package org.rewire.deepr;

import org.rewire.api.RewiringContext;

/**
 * Counts of per-step events summed over the current epoch; starts again at zero when the context
 * reports a new epoch, so a metrics row holds that epoch's totals.
 */
final class EpochTally {
  private int epoch = Integer.MIN_VALUE;
  private long pruned;
  private long regrown;

  /** Adds one step's counts, first clearing the totals if a new epoch began. */
  void add(RewiringContext context, long prunedNow, long regrownNow) {
    if (context.epoch() != epoch) {
      epoch = context.epoch();
      pruned = 0;
      regrown = 0;
    }
    pruned += prunedNow;
    regrown += regrownNow;
  }

  /** Reports {@code pruned} and {@code regrown} summed over the epoch so far. */
  void report(RewiringContext context) {
    context.report("pruned", pruned);
    context.report("regrown", regrown);
  }
}
