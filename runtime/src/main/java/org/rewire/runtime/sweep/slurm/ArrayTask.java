package org.rewire.runtime.sweep.slurm;

/**
 * One task of a Slurm job array, as {@code squeue} and {@code scancel} name it: {@code JOB_INDEX}.
 *
 * @param job the array's job id ({@code SLURM_ARRAY_JOB_ID}), digits
 * @param index the task's array index ({@code SLURM_ARRAY_TASK_ID}), >= 0
 */
record ArrayTask(String job, int index) {
  ArrayTask {
    if (!job.matches("[0-9]+") || index < 0) {
      throw new IllegalArgumentException("not a Slurm array task: " + job + "_" + index);
    }
  }

  /** {@code JOB_INDEX}. */
  String id() {
    return job + "_" + index;
  }

  @Override
  public String toString() {
    return id();
  }
}
