package org.rewire.runtime.sweep.slurm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading {@code squeue} and {@code sacct} output as Slurm 22.05 prints it. */
class SlurmQueueTest {
  @Test
  void squeueLinesGiveEachTaskItsStateAndReason() {
    Map<ArrayTask, TaskState> states = new HashMap<>();
    SlurmQueue.parse(
        "12|5|PENDING|Priority\n12|2|RUNNING|None\n12|0|COMPLETED|None\n"
            + "13|1|FAILED|JobLaunchFailure\n",
        4,
        states);
    assertThat(states).hasSize(4);
    assertThat(states.get(new ArrayTask("12", 5)).active()).isTrue();
    assertThat(states.get(new ArrayTask("12", 2)).running()).isTrue();
    assertThat(states.get(new ArrayTask("12", 0)).active()).isFalse();
    assertThat(states.get(new ArrayTask("13", 1)).launchFailed()).isTrue();
    assertThat(states.get(new ArrayTask("13", 1)).describe())
        .isEqualTo("FAILED (JobLaunchFailure)");
  }

  @Test
  void sacctLinesSkipPendingRangesAndKeepTheStatesFirstWord() {
    Map<ArrayTask, TaskState> states = new HashMap<>();
    SlurmQueue.parse(
        "12_3|CANCELLED by 0\n12_[4-9]|PENDING\n14|COMPLETED\n12_1|TIMEOUT\n", 2, states);
    assertThat(states)
        .containsOnlyKeys(new ArrayTask("12", 3), new ArrayTask("12", 1))
        .containsEntry(new ArrayTask("12", 3), new TaskState("CANCELLED", "None"));
  }

  @Test
  void aRequeuedTaskIsStillActive() {
    assertThat(new TaskState("REQUEUED", "None").active()).isTrue();
    assertThat(new TaskState("PREEMPTED", "None").active()).isFalse();
    assertThat(TaskState.UNKNOWN.active()).isFalse();
  }
}
