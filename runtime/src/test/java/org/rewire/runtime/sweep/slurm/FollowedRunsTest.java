package org.rewire.runtime.sweep.slurm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.rewire.runtime.sweep.RunResult;

/** When {@code --wait} reports a run followed on the queue: once, and only when it has ended. */
class FollowedRunsTest {
  private static final TaskState RUNNING = new TaskState("RUNNING", "None");
  private static final TaskState PENDING = new TaskState("PENDING", "Priority");
  private static final TaskState COMPLETED = new TaskState("COMPLETED", "None");
  private static final TaskState FAILED = new TaskState("FAILED", "NonZeroExitCode");

  /** The run folders: the runs they record done. */
  private final Set<Integer> done = new HashSet<>();

  private final IntFunction<RunResult> recorded =
      i ->
          new RunResult(
              done.contains(i) ? RunResult.Status.DONE : RunResult.Status.PENDING, null, null);

  /** Runs 0-5 as tasks 1_0 to 1_5 of one array, run 6 as task 2_0 of another. */
  private static Map<Integer, ArrayTask> sevenRuns() {
    Map<Integer, ArrayTask> tasks = new TreeMap<>();
    for (int i = 0; i < 6; i++) {
      tasks.put(i, new ArrayTask("1", i));
    }
    tasks.put(6, new ArrayTask("2", 0));
    return tasks;
  }

  /** Every task of {@code tasks} in {@code state}, except those of {@code others}. */
  private static Map<ArrayTask, TaskState> states(
      Map<Integer, ArrayTask> tasks, TaskState state, Map<Integer, TaskState> others) {
    Map<ArrayTask, TaskState> states = new HashMap<>();
    tasks.forEach((i, t) -> states.put(t, others.getOrDefault(i, state)));
    return states;
  }

  private static List<Integer> runs(List<FollowedRuns.Ended> ended) {
    return ended.stream().map(FollowedRuns.Ended::run).toList();
  }

  @Test
  void theRunWhoseTaskEndedIsReportedWithItsTaskAndTheOthersStayFollowed() {
    // The integrated build's failure: run 1's task completed while run 0's still ran; the report
    // named run 2 and task 1_2 (not done yet), run 2 was reported again later and run 1 never.
    Map<Integer, ArrayTask> tasks = sevenRuns();
    FollowedRuns followed = new FollowedRuns(tasks);
    done.add(1);
    List<FollowedRuns.Ended> ended =
        followed.poll(states(tasks, RUNNING, Map.of(1, COMPLETED, 6, PENDING)), recorded);

    assertThat(ended)
        .containsExactly(
            new FollowedRuns.Ended(1, new ArrayTask("1", 1), COMPLETED, recorded.apply(1)));
    Map<Integer, ArrayTask> rest = new TreeMap<>(tasks);
    rest.remove(1);
    assertThat(followed.left()).isEqualTo(rest);

    done.addAll(List.of(0, 2, 3, 4, 5, 6));
    ended = followed.poll(states(tasks, COMPLETED, Map.of()), recorded);
    assertThat(runs(ended)).containsExactly(0, 2, 3, 4, 5, 6);
    ended.forEach(e -> assertThat(e.task()).isEqualTo(tasks.get(e.run())));
    assertThat(followed.isEmpty()).isTrue();
  }

  @Test
  void aCompletedTaskWhoseRunFolderShowsItDoneOnePollLaterIsDone() {
    Map<Integer, ArrayTask> tasks = Map.of(0, new ArrayTask("7", 0));
    FollowedRuns followed = new FollowedRuns(tasks);
    assertThat(followed.poll(states(tasks, COMPLETED, Map.of()), recorded)).isEmpty();

    done.add(0);
    List<FollowedRuns.Ended> ended = followed.poll(states(tasks, COMPLETED, Map.of()), recorded);
    assertThat(ended).hasSize(1);
    assertThat(ended.get(0).recorded().status()).isEqualTo(RunResult.Status.DONE);
    assertThat(followed.isEmpty()).isTrue();
  }

  @Test
  void aTaskMissingFromOneReadingOfTheQueueIsFollowedOn() {
    Map<Integer, ArrayTask> tasks = Map.of(3, new ArrayTask("7", 3));
    FollowedRuns followed = new FollowedRuns(tasks);
    assertThat(followed.poll(Map.of(), recorded)).isEmpty();
    assertThat(followed.poll(states(tasks, RUNNING, Map.of()), recorded)).isEmpty();
    // Missing once more: a first time again, since it was seen running in between.
    assertThat(followed.poll(Map.of(), recorded)).isEmpty();
    assertThat(followed.left()).containsOnlyKeys(3);

    done.add(3);
    assertThat(runs(followed.poll(states(tasks, COMPLETED, Map.of()), recorded)))
        .containsExactly(3);
  }

  @Test
  void aRunNotDoneWhoseTaskEndedAtTwoConsecutivePollsEndsOnceWithTheSecondState() {
    Map<Integer, ArrayTask> tasks = Map.of(2, new ArrayTask("7", 2), 4, new ArrayTask("7", 4));
    FollowedRuns followed = new FollowedRuns(tasks);
    // Run 2's task failed and was requeued: seen failed, then pending, then failed for good.
    assertThat(followed.poll(states(tasks, RUNNING, Map.of(2, FAILED)), recorded)).isEmpty();
    assertThat(followed.poll(states(tasks, RUNNING, Map.of(2, PENDING)), recorded)).isEmpty();
    assertThat(followed.poll(states(tasks, RUNNING, Map.of(2, FAILED)), recorded)).isEmpty();

    List<FollowedRuns.Ended> ended =
        followed.poll(states(tasks, RUNNING, Map.of(2, TaskState.UNKNOWN)), recorded);
    assertThat(ended)
        .containsExactly(
            new FollowedRuns.Ended(2, new ArrayTask("7", 2), TaskState.UNKNOWN, recorded.apply(2)));
    assertThat(followed.left()).containsOnlyKeys(4);
    assertThat(followed.poll(states(tasks, FAILED, Map.of()), recorded)).isEmpty();
    assertThat(runs(followed.poll(states(tasks, FAILED, Map.of()), recorded))).containsExactly(4);
    assertThat(followed.poll(states(tasks, FAILED, Map.of()), recorded)).isEmpty();
  }
}
