/**
 * Sweeps: a grid of overrides over one experiment expanded into runs ({@link
 * org.rewire.runtime.sweep.SweepPlan}), each bound to its experiment and folder ({@link
 * org.rewire.runtime.sweep.SweepRuns}), run by a {@link org.rewire.runtime.sweep.SweepExecutor}
 * ({@link org.rewire.runtime.sweep.LocalSweepExecutor}, a pool of workers in this process, or
 * {@code org.rewire.runtime.sweep.slurm.SlurmSweepExecutor}, a Slurm job array, set by the sweep
 * file's {@code slurm:} section, {@link org.rewire.runtime.sweep.SlurmSettings}) while a {@link
 * org.rewire.runtime.sweep.SweepRunner} skips the runs already complete and keeps one row per run
 * in {@code results.csv} and {@code results.json} ({@link org.rewire.runtime.sweep.ResultsTable}).
 * Every executor runs a run the same way ({@link org.rewire.runtime.sweep.SweepRuns#run}: skip it
 * when done, continue it from its checkpoint when it stopped, else start it), which is also what
 * {@code rewire sweep FILE --run-index I} does for one task of a job array.
 */
package org.rewire.runtime.sweep;
