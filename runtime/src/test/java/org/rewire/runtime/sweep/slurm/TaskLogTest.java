package org.rewire.runtime.sweep.slurm;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Why a task failed, from the last start in its log. */
class TaskLogTest {
  @TempDir Path slurm;

  private TaskLog log(String text) throws Exception {
    ArrayTask task = new ArrayTask("7", 2);
    Files.createDirectories(TaskLog.logs(slurm));
    Files.writeString(TaskLog.of(slurm, task).file(), text);
    return TaskLog.of(slurm, task);
  }

  @Test
  void theRunsFailureLineOfTheLastStartIsTheReason() throws Exception {
    TaskLog log =
        log(
            "rewire task 7_2: run 2, start 1 on n1 at 2026-01-01T00:00:00Z\n"
                + "run 2 seed=3 FAILED: out of memory: the run needs more\n"
                + "rewire task 7_2: run 2, start 2 on n1 at 2026-01-01T00:01:00Z\n"
                + "epoch 1/3 loss 1.2\n"
                + "run 2 seed=3 FAILED: epoch 2, step 5: the loss is NaN\n");
    assertThat(log.failure(2)).contains("epoch 2, step 5: the loss is NaN");
  }

  @Test
  void aStartKilledBeforeItSaidAnythingHasNoReasonEvenIfAnEarlierOneHad() throws Exception {
    TaskLog log =
        log(
            "rewire task 7_2: run 2, start 1 on n1 at t\n"
                + "rewire: no experiment file /x.yaml\n"
                + "rewire task 7_2: run 2, start 2 on n1 at t\n"
                + "epoch 1/3 loss 1.2\n");
    assertThat(log.failure(2)).isEmpty();
  }

  @Test
  void anErrorOfTheCommandIsTheReason() throws Exception {
    TaskLog log = log("rewire task 7_2: run 2, start 1 on n1 at t\nrewire: cannot read x.yaml\n");
    assertThat(log.failure(2)).contains("cannot read x.yaml");
  }

  @Test
  void noLogNoReason() {
    assertThat(TaskLog.of(slurm, new ArrayTask("8", 0)).exists()).isFalse();
    assertThat(TaskLog.of(slurm, new ArrayTask("8", 0)).failure(0)).isEmpty();
  }
}
