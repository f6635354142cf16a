package org.rewire.runtime.sweep.slurm;

import java.util.Set;

/**
 * Where Slurm says an array task stands.
 *
 * @param state Slurm's job state in capitals, such as {@code PENDING}, {@code RUNNING}, {@code
 *     COMPLETED}, {@code FAILED}, {@code CANCELLED}, {@code TIMEOUT}; {@code UNKNOWN} when neither
 *     {@code squeue} nor {@code sacct} knows the task (an ended task's record is dropped after the
 *     cluster's {@code MinJobAge}, 5 minutes by default, without accounting)
 * @param reason Slurm's reason for it, such as {@code NonZeroExitCode}, {@code JobLaunchFailure},
 *     {@code Priority}, or {@code None}
 */
record TaskState(String state, String reason) {
  /** A task Slurm no longer knows. */
  static final TaskState UNKNOWN = new TaskState("UNKNOWN", "None");

  /** States in which the task will still run, or runs: Slurm's pending and running ones. */
  private static final Set<String> ACTIVE =
      Set.of(
          "PENDING",
          "RUNNING",
          "CONFIGURING",
          "COMPLETING",
          "REQUEUED",
          "REQUEUE_HOLD",
          "REQUEUE_FED",
          "RESIZING",
          "SUSPENDED",
          "STOPPED",
          "SIGNALING",
          "STAGE_OUT",
          "RESV_DEL_HOLD",
          "SPECIAL_EXIT");

  /** Whether the task still waits to run or runs. */
  boolean active() {
    return ACTIVE.contains(state);
  }

  /** Whether the task runs now (as opposed to waiting in the queue). */
  boolean running() {
    return state.equals("RUNNING") || state.equals("COMPLETING") || state.equals("CONFIGURING");
  }

  /**
   * Whether Slurm could not start the task: the launch failed on the node, which happens when the
   * node cannot open the task's log file (a folder the node does not have).
   */
  boolean launchFailed() {
    return state.equals("FAILED") && reason.equals("JobLaunchFailure");
  }

  /** Such as {@code FAILED (NonZeroExitCode)}. */
  String describe() {
    return reason.equals("None") || reason.isBlank() ? state : state + " (" + reason + ")";
  }
}
