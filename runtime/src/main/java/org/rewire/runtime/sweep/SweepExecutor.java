package org.rewire.runtime.sweep;

import java.util.List;

/**
 * Runs a sweep's pending runs: the seam between what a sweep runs ({@link SweepRunner}: which runs
 * are pending, each run's result, the results table) and where its runs run. {@link
 * LocalSweepExecutor} runs them on a pool of threads in this process. An executor for a batch
 * scheduler submits them as one job array whose task for run {@code i} calls {@code rewire sweep
 * FILE --run-index i}, and once the array is done reports each run's result as its folder records
 * it ({@link SweepRuns#recorded}), or the task's failure.
 *
 * <p>Whatever the executor, a run is run by {@link SweepRuns#run}: it skips a run already done,
 * continues a stopped run from its checkpoint and starts any other afresh. So an executor may run a
 * run again (a requeued task, a sweep started twice) without harm, and a run's results do not
 * depend on where it ran.
 */
public interface SweepExecutor {
  /**
   * The training threads a run gets when its experiment leaves {@code training.threads} at 0: the
   * cores each run may use. Results do not depend on it.
   */
  int threadsPerRun();

  /** How runs run, for the sweep's first line, such as {@code 4 workers}. */
  String describe();

  /**
   * Runs each run of {@code pending} once and reports its result to {@code finished} as soon as it
   * is known, in any order.
   *
   * @param runs the sweep's runs
   * @param pending indexes of runs in {@code runs.plan().runs()}, in plan order
   * @param finished told each run's result (done or failed) once; it may be called from several
   *     threads at once
   * @throws InterruptedException if interrupted while waiting for runs; the results reported until
   *     then stand
   */
  void execute(SweepRuns runs, List<Integer> pending, Listener finished)
      throws InterruptedException;

  /** Receives the result of each run an executor runs. */
  @FunctionalInterface
  interface Listener {
    /** Run {@code index} of the plan ended with {@code result}. */
    void finished(int index, RunResult result);
  }
}
