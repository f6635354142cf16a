package org.rewire.runtime.sweep.slurm;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Where one run that is not done stands on the cluster, from the task that last ran it and Slurm's
 * word on that task.
 *
 * @param run the run's index in the plan
 * @param id the run's id
 * @param where done (just now), running, queued, failed or not submitted
 * @param task the task that last ran it, or null when it was never submitted
 * @param why for a failed run, one line saying why; else null
 */
record RunPlace(int run, String id, Where where, ArrayTask task, String why) {
  /** Where a run stands. */
  enum Where {
    /** Its task finished it after the sweep read its folder. */
    DONE,
    RUNNING,
    QUEUED,
    FAILED,
    NOT_SUBMITTED
  }

  /**
   * Places run {@code run}, not done, whose last task is {@code task} (null if none) in state
   * {@code state}. A task that ended without finishing its run failed, with the reason its log
   * gives, else Slurm's state; one that completed (exit code 0) did finish its run, which has since
   * become stale (the base experiment was edited), so the run is to submit again.
   *
   * @param slurm the sweep's {@code slurm/} folder
   */
  static RunPlace of(int run, String id, ArrayTask task, TaskState state, Path slurm) {
    if (task == null) {
      return new RunPlace(run, id, Where.NOT_SUBMITTED, null, null);
    }
    if (state.active()) {
      return new RunPlace(run, id, state.running() ? Where.RUNNING : Where.QUEUED, task, null);
    }
    if (state.state().equals("COMPLETED")) {
      return new RunPlace(run, id, Where.NOT_SUBMITTED, null, null);
    }
    TaskLog log = TaskLog.of(slurm, task);
    String why =
        log.failure(run)
                .orElseGet(
                    () ->
                        "task "
                            + task
                            + (state == TaskState.UNKNOWN
                                ? " ended without finishing the run"
                                : " ended " + state.describe() + " before the run finished"))
            + (log.exists() ? "; log: " + log.file() : "; it wrote no log");
    return new RunPlace(run, id, Where.FAILED, task, why);
  }

  /**
   * Whether the run's task could not start because its node cannot reach the sweep folder: Slurm
   * failed to launch it and no log of it exists (the node opens the log in the sweep folder first).
   */
  static boolean unreachable(ArrayTask task, TaskState state, Path slurm) {
    return task != null && state.launchFailed() && !TaskLog.of(slurm, task).exists();
  }

  /** Such as {@code failed 3 seed=2: why}. */
  String describe() {
    String name = where.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    return String.format(
        Locale.ROOT,
        "  %-13s %4d %s%s",
        name,
        run,
        id,
        task == null ? "" : " (task " + task + ")" + (why == null ? "" : ": " + why));
  }
}
