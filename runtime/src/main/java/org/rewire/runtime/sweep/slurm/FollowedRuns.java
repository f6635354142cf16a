package org.rewire.runtime.sweep.slurm;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.IntFunction;
import org.rewire.runtime.sweep.RunResult;

/**
 * The runs {@code rewire sweep --executor slurm --wait} follows on the queue, and the poll at which
 * each one ends. A run ends, once, when its task is no longer active (pending or running) and its
 * run folder records it done; or, not done, when its task was out of the queue (ended, or unknown
 * to Slurm) at two consecutive polls and the folder, read again at the second, still does not
 * record it done. So a task missing from one reading of {@code squeue}, a requeued task seen
 * between its starts, or a run whose {@code summary.json} the shared filesystem shows a little
 * after Slurm says the task completed is not reported failed.
 */
final class FollowedRuns {
  /**
   * A run that ended at a poll.
   *
   * @param run the run's index in the plan
   * @param task the task that ran it
   * @param state Slurm's word on the task at this poll ({@link TaskState#UNKNOWN} if none)
   * @param recorded what the run folder records: done, or not done (pending) when the run failed
   */
  record Ended(int run, ArrayTask task, TaskState state, RunResult recorded) {}

  private final Map<Integer, ArrayTask> left;
  private final Set<Integer> outOfQueue = new HashSet<>();

  /**
   * @param tasks the task of each run to follow, by run index
   */
  FollowedRuns(Map<Integer, ArrayTask> tasks) {
    this.left = new TreeMap<>(tasks);
  }

  /** Whether every run has ended. */
  boolean isEmpty() {
    return left.isEmpty();
  }

  /** The task of each run that has not ended, by run index; a read-only view. */
  Map<Integer, ArrayTask> left() {
    return Collections.unmodifiableMap(left);
  }

  /**
   * Takes one reading of the queue and returns the runs that ended at it, in run order; they are no
   * longer followed.
   *
   * @param states the state of the tasks Slurm knows; a task absent from it is unknown
   * @param recorded what run {@code i}'s folder records, read when its task is not active
   */
  List<Ended> poll(Map<ArrayTask, TaskState> states, IntFunction<RunResult> recorded) {
    List<Ended> ended = new ArrayList<>();
    for (Map.Entry<Integer, ArrayTask> e : left.entrySet()) {
      int run = e.getKey();
      ArrayTask task = e.getValue();
      TaskState state = states.getOrDefault(task, TaskState.UNKNOWN);
      if (state.active()) {
        outOfQueue.remove(run);
        continue;
      }
      RunResult result = recorded.apply(run);
      boolean done = result.status() == RunResult.Status.DONE;
      // Not done at the first poll that finds the task out of the queue: read again at the next.
      if (done || !outOfQueue.add(run)) {
        ended.add(new Ended(run, task, state, result));
      }
    }
    // Removed after the loop: a TreeMap iterator's remove() may move the next entry's key and
    // value into the entry just returned.
    ended.forEach(x -> left.remove(x.run()));
    ended.forEach(x -> outOfQueue.remove(x.run()));
    return ended;
  }
}
