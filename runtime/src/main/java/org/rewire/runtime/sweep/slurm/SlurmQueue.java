package org.rewire.runtime.sweep.slurm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads where array tasks stand: {@code squeue -h -r -t all -j JOBS -o %F|%K|%T|%r} (the array's
 * job id, the task's index, its state and reason; with {@code -t all} it also lists tasks that
 * ended within the cluster's {@code MinJobAge}), then {@code sacct} for tasks {@code squeue} no
 * longer lists, when the cluster keeps accounting.
 */
final class SlurmQueue {
  private final SlurmCommands commands;

  SlurmQueue(SlurmCommands commands) {
    this.commands = commands;
  }

  /**
   * The state of every task of the arrays {@code jobs} that Slurm knows.
   *
   * @throws UncheckedIOException if {@code squeue} fails for another reason than unknown jobs (the
   *     controller is down)
   */
  Map<ArrayTask, TaskState> states(Collection<String> jobs) throws InterruptedException {
    Map<ArrayTask, TaskState> states = new HashMap<>();
    if (jobs.isEmpty()) {
      return states;
    }
    String list = String.join(",", new TreeSet<>(jobs));
    SlurmCommands.Result queue =
        commands.run("squeue", List.of("-h", "-r", "-t", "all", "-j", list, "-o", "%F|%K|%T|%r"));
    if (queue.code() != 0 && !queue.message().contains("Invalid job id")) {
      throw new UncheckedIOException(new IOException("squeue failed: " + queue.message()));
    }
    if (queue.code() == 0) {
      parse(queue.out(), 4, states);
    }
    Set<String> listed = new TreeSet<>();
    states.keySet().forEach(t -> listed.add(t.job()));
    if (!listed.containsAll(jobs)) {
      SlurmCommands.Result accounting =
          commands.run("sacct", List.of("-n", "-P", "-X", "-j", list, "-o", "JobID,State"));
      if (accounting.code() == 0) {
        Map<ArrayTask, TaskState> ended = new HashMap<>();
        parse(accounting.out(), 2, ended);
        ended.forEach(states::putIfAbsent);
      }
    }
    return states;
  }

  /**
   * Reads lines of {@code JOB|INDEX|STATE|REASON} ({@code fields} 4, squeue) or {@code
   * JOB_INDEX|STATE} (2, sacct); lines of tasks not yet split off a pending array ({@code
   * 12_[4-9]}) and of jobs that are not arrays are skipped, as their tasks are pending anyway.
   */
  static void parse(String text, int fields, Map<ArrayTask, TaskState> into) {
    for (String line : text.strip().lines().toList()) {
      String[] cells = line.strip().split("\\|", -1);
      if (cells.length < fields) {
        continue;
      }
      String job;
      String index;
      if (fields == 4) {
        job = cells[0];
        index = cells[1];
      } else {
        int underscore = cells[0].indexOf('_');
        job = underscore < 0 ? "" : cells[0].substring(0, underscore);
        index = underscore < 0 ? "" : cells[0].substring(underscore + 1);
      }
      if (!job.matches("[0-9]+") || !index.matches("[0-9]{1,9}")) {
        continue;
      }
      String state = cells[fields == 4 ? 2 : 1].strip().split(" ")[0];
      String reason = fields == 4 ? cells[3].strip() : "None";
      into.put(new ArrayTask(job, Integer.parseInt(index)), new TaskState(state, reason));
    }
  }
}
