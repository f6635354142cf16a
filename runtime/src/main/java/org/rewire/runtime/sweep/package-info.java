/**
 * Sweeps: a grid of overrides over one experiment expanded into runs ({@link
 * org.rewire.runtime.sweep.SweepPlan}), run by a pool of workers that skips runs already complete
 * ({@link org.rewire.runtime.sweep.SweepRunner}), with one row per run in {@code results.csv} and
 * {@code results.json} ({@link org.rewire.runtime.sweep.ResultsTable}).
 */
package org.rewire.runtime.sweep;
