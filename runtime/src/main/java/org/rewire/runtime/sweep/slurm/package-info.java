/**
 * Sweeps on a Slurm cluster: {@link org.rewire.runtime.sweep.slurm.SlurmSweepExecutor} submits a
 * sweep's pending runs as one job array whose tasks each run {@code rewire sweep FILE --run-index
 * I} (the batch script {@code slurm/task.sh} in the sweep folder), records which task runs which
 * run ({@code slurm/tasks.tsv}), reads where each stands from {@code squeue} (and {@code sacct}
 * where the cluster keeps accounting) and the task logs ({@code slurm/logs/}), and submits again
 * only what is neither done, queued nor running. It runs Slurm's own commands; it does not talk to
 * the controller itself.
 */
package org.rewire.runtime.sweep.slurm;
