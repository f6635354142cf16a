package org.rewire.runtime.sweep.slurm;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.rewire.runtime.UserInputException;
import org.rewire.runtime.sweep.RunResult;
import org.rewire.runtime.sweep.SlurmSettings;
import org.rewire.runtime.sweep.SweepExecutor;
import org.rewire.runtime.sweep.SweepRuns;

/**
 * Runs a sweep's runs as Slurm job arrays: one array for the runs still to do (more only when the
 * sweep has more runs than the cluster's {@code MaxArraySize}), whose task for run {@code i} runs
 * {@code rewire sweep FILE --run-index i} ({@link TaskScript}), requeued by Slurm when preempted
 * ({@code --requeue}) and continuing from the run's checkpoint. Before submitting it reads where
 * every run not done stands ({@link RunPlace}: from the run folders, {@code slurm/tasks.tsv},
 * {@code squeue} and the task logs) and submits only the runs that are neither queued nor running,
 * so running the sweep again completes a sweep whose tasks failed or were never submitted. Without
 * {@code --wait} it returns once the array is submitted; with it, it polls the queue and reports
 * each run's result once, when it has ended ({@link FollowedRuns}).
 *
 * <p>Errors, each one line: no {@code sbatch} on the {@code PATH}; {@code sbatch} refusing the
 * array (its own message); a node that cannot reach the sweep folder (its task fails to launch
 * without a log, so the arrays are cancelled); and a submission refused after earlier arrays of the
 * same command were accepted, which names the runs submitted and those not. All are {@link
 * UserInputException}s (exit code 2).
 */
public final class SlurmSweepExecutor implements SweepExecutor {
  private static final int DEFAULT_MAX_ARRAY_SIZE = 1001;

  private final SlurmSettings settings;
  private final SlurmCommands commands;
  private final SlurmQueue queue;
  private final TaskScript script;
  private final Duration poll;
  private final PrintWriter out;

  /**
   * An executor that submits through the Slurm commands on {@code env}'s {@code PATH}.
   *
   * @param settings what each task asks for
   * @param env the environment of Slurm's commands, which {@code sbatch} passes on to the tasks
   * @param tasks what the tasks run
   * @param poll with {@code --wait}, how often to read the queue; null to return once submitted
   * @param out receives the status of the runs, the submissions and how to follow them
   */
  public SlurmSweepExecutor(
      SlurmSettings settings,
      Map<String, String> env,
      Tasks tasks,
      Duration poll,
      PrintWriter out) {
    this.settings = settings;
    this.commands = new SlurmCommands(env);
    this.queue = new SlurmQueue(commands);
    this.script =
        TaskScript.ofThisJvm(tasks.sweepFile(), tasks.outputDir(), tasks.plugins(), tasks.cache());
    this.poll = poll;
    this.out = out;
  }

  /**
   * What every task runs: {@code rewire sweep SWEEP_FILE --output OUTPUT_DIR --run-index I} in this
   * JVM's Java and rewire distribution.
   *
   * @param sweepFile the sweep file (made absolute)
   * @param outputDir the folder that holds the sweep folder (made absolute)
   * @param plugins the plugins folder the command was given, or null for the usual one
   * @param cache the cache folder
   */
  public record Tasks(Path sweepFile, Path outputDir, Path plugins, Path cache) {}

  @Override
  public int threadsPerRun() {
    return settings.cores();
  }

  @Override
  public String describe() {
    return "Slurm job array"
        + (settings.partition() == null ? "" : " on partition " + settings.partition())
        + ", "
        + settings.cores()
        + (settings.cores() == 1 ? " CPU" : " CPUs")
        + " per task";
  }

  /** Whether it follows the runs until they end ({@code --wait}). */
  public boolean waits() {
    return poll != null;
  }

  /**
   * Prints where each run of {@code pending} stands (running, queued, failed, not submitted) and
   * submits nothing.
   *
   * @param pending indexes of runs not done, in plan order
   */
  public void report(SweepRuns runs, List<Integer> pending) throws InterruptedException {
    Path slurm = slurmFolder(runs);
    Map<Integer, ArrayTask> tasks = tasks(runs, pending, SubmissionRecord.read(slurm));
    Map<ArrayTask, TaskState> states = queue.states(jobs(tasks.values()));
    print(places(runs, pending, tasks, states, slurm));
  }

  @Override
  public void execute(SweepRuns runs, List<Integer> pending, Listener finished)
      throws InterruptedException {
    if (pending.isEmpty()) {
      return;
    }
    commands.find("sbatch");
    Path slurm = slurmFolder(runs);
    SubmissionRecord record = SubmissionRecord.read(slurm);
    Map<Integer, ArrayTask> tasks = tasks(runs, pending, record);
    Map<ArrayTask, TaskState> states = queue.states(jobs(tasks.values()));
    refuseUnreachable(runs, tasks, states, record);
    List<RunPlace> places = places(runs, pending, tasks, states, slurm);
    print(places);
    Map<Integer, ArrayTask> follow = new TreeMap<>();
    List<Integer> submit = new ArrayList<>();
    for (RunPlace p : places) {
      switch (p.where()) {
        case DONE -> finished.finished(p.run(), runs.recorded(p.run()));
        case RUNNING, QUEUED -> follow.put(p.run(), p.task());
        case FAILED, NOT_SUBMITTED -> submit.add(p.run());
      }
    }
    if (!submit.isEmpty()) {
      follow.putAll(submit(runs, submit, record));
    } else if (!follow.isEmpty()) {
      out.println("nothing to submit: every run not done is queued or running");
    }
    if (poll == null) {
      if (!follow.isEmpty()) {
        out.println(
            "follow the runs with --wait, or run this command again to see where they stand");
      }
      out.flush();
      return;
    }
    follow(runs, follow, record, finished);
  }

  private static Path slurmFolder(SweepRuns runs) {
    return runs.folder().resolve("slurm");
  }

  /** The task that last ran each run of {@code pending} that was ever submitted. */
  private static Map<Integer, ArrayTask> tasks(
      SweepRuns runs, List<Integer> pending, SubmissionRecord record) {
    Map<Integer, ArrayTask> tasks = new TreeMap<>();
    for (int i : pending) {
      record.task(runs.plan().runs().get(i).id()).ifPresent(t -> tasks.put(i, t));
    }
    return tasks;
  }

  private static Set<String> jobs(Collection<ArrayTask> tasks) {
    return tasks.stream().map(ArrayTask::job).collect(Collectors.toCollection(TreeSet::new));
  }

  private static List<RunPlace> places(
      SweepRuns runs,
      List<Integer> pending,
      Map<Integer, ArrayTask> tasks,
      Map<ArrayTask, TaskState> states,
      Path slurm) {
    List<RunPlace> places = new ArrayList<>();
    for (int i : pending) {
      ArrayTask task = tasks.get(i);
      TaskState state =
          task == null ? TaskState.UNKNOWN : states.getOrDefault(task, TaskState.UNKNOWN);
      String id = runs.plan().runs().get(i).id();
      // A task may have finished its run between reading the folders and reading the queue.
      boolean doneSince =
          task != null && !state.active() && runs.recorded(i).status() == RunResult.Status.DONE;
      places.add(
          doneSince
              ? new RunPlace(i, id, RunPlace.Where.DONE, task, null)
              : RunPlace.of(i, id, task, state, slurm));
    }
    return places;
  }

  private void print(List<RunPlace> places) {
    Map<RunPlace.Where, Long> counts = new LinkedHashMap<>();
    for (RunPlace.Where w : RunPlace.Where.values()) {
      counts.put(w, places.stream().filter(p -> p.where() == w).count());
    }
    out.printf(
        Locale.ROOT,
        "slurm: %d runs not done: %d running, %d queued, %d failed, %d not submitted%s%n",
        places.size() - counts.get(RunPlace.Where.DONE),
        counts.get(RunPlace.Where.RUNNING),
        counts.get(RunPlace.Where.QUEUED),
        counts.get(RunPlace.Where.FAILED),
        counts.get(RunPlace.Where.NOT_SUBMITTED),
        counts.get(RunPlace.Where.DONE) == 0
            ? ""
            : " (" + counts.get(RunPlace.Where.DONE) + " more finished just now)");
    boolean all = places.size() <= 20;
    places.stream()
        .filter(p -> p.where() != RunPlace.Where.DONE)
        .filter(p -> all || p.where() == RunPlace.Where.FAILED)
        .forEach(p -> out.println(p.describe()));
    out.flush();
  }

  /**
   * Submits {@code submit} (run indexes, ascending): one array per {@code MaxArraySize} indexes,
   * each recorded as soon as {@code sbatch} accepts it.
   *
   * @return the task of each submitted run
   * @throws UserInputException when {@code sbatch} refuses an array, naming the runs submitted
   *     before and those not submitted
   */
  private Map<Integer, ArrayTask> submit(
      SweepRuns runs, List<Integer> submit, SubmissionRecord record) throws InterruptedException {
    Path slurm = slurmFolder(runs);
    Path file;
    try {
      file = script.write(slurm, runs.sweep().name());
      Files.createDirectories(TaskLog.logs(slurm));
    } catch (IOException e) {
      throw new UserInputException(
          "cannot write the task script into " + slurm + ": " + e.getMessage(), e);
    }
    int max = maxArraySize();
    Map<Integer, List<Integer>> arrays = new TreeMap<>();
    for (int i : submit) {
      arrays.computeIfAbsent(i / max * max, b -> new ArrayList<>()).add(i);
    }
    Map<Integer, ArrayTask> submitted = new TreeMap<>();
    List<String> accepted = new ArrayList<>();
    for (Map.Entry<Integer, List<Integer>> array : arrays.entrySet()) {
      int offset = array.getKey();
      List<Integer> indexes = array.getValue().stream().map(i -> i - offset).toList();
      SlurmCommands.Result result =
          commands.run("sbatch", arguments(runs, slurm, file, indexes, offset));
      String job = result.out().strip().split(";")[0];
      if (result.code() != 0 || !job.matches("[0-9]+")) {
        throw refused(submit, submitted, accepted, array.getValue(), result.message());
      }
      Map<String, ArrayTask> recorded = new LinkedHashMap<>();
      for (int i : array.getValue()) {
        ArrayTask task = new ArrayTask(job, i - offset);
        submitted.put(i, task);
        recorded.put(runs.plan().runs().get(i).id(), task);
      }
      accepted.add(IndexRanges.runs(array.getValue()) + " as job " + job);
      try {
        record.add(recorded);
      } catch (IOException e) {
        throw new UserInputException(
            "submitted "
                + String.join(", ", accepted)
                + " but cannot record it: "
                + e.getMessage()
                + "; cancel it (scancel "
                + job
                + ") before running the command again, which would submit those runs twice",
            e);
      }
      out.printf(
          Locale.ROOT,
          "submitted job %s: %s (%d task%s%s); logs in %s%n",
          job,
          IndexRanges.runs(array.getValue()),
          indexes.size(),
          indexes.size() == 1 ? "" : "s",
          settings.maxParallel() > 0 ? ", at most " + settings.maxParallel() + " at once" : "",
          TaskLog.logs(slurm));
      out.flush();
    }
    return submitted;
  }

  private List<String> arguments(
      SweepRuns runs, Path slurm, Path file, List<Integer> indexes, int offset) {
    List<String> args = new ArrayList<>();
    args.add("--parsable");
    args.add("--job-name=rewire-" + runs.sweep().name());
    args.add("--output=" + TaskLog.logs(slurm).resolve("%A_%a.log"));
    args.add("--open-mode=append");
    args.add("--requeue");
    args.add(
        "--array="
            + IndexRanges.of(indexes)
            + (settings.maxParallel() > 0 ? "%" + settings.maxParallel() : ""));
    if (settings.partition() != null) {
      args.add("--partition=" + settings.partition());
    }
    if (settings.cpusPerTask() > 0) {
      args.add("--cpus-per-task=" + settings.cpusPerTask());
    }
    if (settings.memory() != null) {
      args.add("--mem=" + settings.memory());
    }
    if (settings.time() != null) {
      args.add("--time=" + settings.time());
    }
    args.addAll(settings.sbatchArgs());
    args.add(file.toString());
    args.add(Integer.toString(offset));
    return args;
  }

  private static UserInputException refused(
      List<Integer> all,
      Map<Integer, ArrayTask> submitted,
      List<String> accepted,
      List<Integer> array,
      String message) {
    if (submitted.isEmpty()) {
      return new UserInputException(
          "sbatch refused the job array of " + IndexRanges.runs(array) + ": " + message);
    }
    List<Integer> missing = all.stream().filter(i -> !submitted.containsKey(i)).toList();
    return new UserInputException(
        "submitted "
            + String.join(", ", accepted)
            + "; not submitted: "
            + IndexRanges.runs(missing)
            + " (sbatch refused them: "
            + message
            + "); run the command again to submit what is missing");
  }

  /** The cluster's {@code MaxArraySize}: array indexes must be below it. */
  private int maxArraySize() throws InterruptedException {
    SlurmCommands.Result config = commands.run("scontrol", List.of("show", "config"));
    if (config.code() == 0) {
      for (String line : config.out().lines().toList()) {
        String[] parts = line.split("=", 2);
        if (parts.length == 2 && parts[0].strip().equals("MaxArraySize")) {
          try {
            return Math.max(1, Integer.parseInt(parts[1].strip()));
          } catch (NumberFormatException e) {
            break;
          }
        }
      }
    }
    return DEFAULT_MAX_ARRAY_SIZE;
  }

  /**
   * Refuses to go on when a task failed to launch without writing its log: its node cannot reach
   * the sweep folder. The arrays of such tasks are cancelled and their runs forgotten, so the next
   * command submits them again.
   */
  private void refuseUnreachable(
      SweepRuns runs,
      Map<Integer, ArrayTask> tasks,
      Map<ArrayTask, TaskState> states,
      SubmissionRecord record)
      throws InterruptedException {
    Path slurm = slurmFolder(runs);
    List<ArrayTask> lost =
        tasks.values().stream()
            .filter(t -> RunPlace.unreachable(t, states.getOrDefault(t, TaskState.UNKNOWN), slurm))
            .toList();
    if (lost.isEmpty()) {
      return;
    }
    Set<String> jobs = jobs(lost);
    commands.run("scancel", List.copyOf(jobs));
    List<String> forget = new ArrayList<>();
    tasks.forEach(
        (i, t) -> {
          if (jobs.contains(t.job())) {
            forget.add(runs.plan().runs().get(i).id());
          }
        });
    try {
      record.forget(forget);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    throw new UserInputException(
        "the Slurm tasks cannot reach the sweep folder "
            + runs.folder()
            + ": task "
            + lost.get(0)
            + " failed to launch ("
            + states.get(lost.get(0)).reason()
            + ") without writing its log there; jobs "
            + String.join(",", jobs)
            + " cancelled. Put the sweep on a filesystem every node mounts at the same path"
            + " (--output or output.dir)");
  }

  /**
   * Polls the queue until every run of {@code tasks} has ended, reporting each result once ({@link
   * FollowedRuns}): done when its task has left the queue and its folder records it done, failed
   * when its task was out of the queue at two consecutive polls and the run is still not done.
   */
  private void follow(
      SweepRuns runs, Map<Integer, ArrayTask> tasks, SubmissionRecord record, Listener finished)
      throws InterruptedException {
    Path slurm = slurmFolder(runs);
    FollowedRuns followed = new FollowedRuns(tasks);
    while (!followed.isEmpty()) {
      Thread.sleep(poll.toMillis());
      Map<ArrayTask, TaskState> states = queue.states(jobs(followed.left().values()));
      refuseUnreachable(runs, followed.left(), states, record);
      for (FollowedRuns.Ended e : followed.poll(states, runs::recorded)) {
        RunResult result = e.recorded();
        if (result.status() != RunResult.Status.DONE) {
          RunPlace place =
              RunPlace.of(
                  e.run(), runs.plan().runs().get(e.run()).id(), e.task(), e.state(), slurm);
          result =
              RunResult.failed(
                  place.why() != null
                      ? place.why()
                      : "task "
                          + e.task()
                          + " completed, but the run is not done for the sweep file as it is now"
                          + " (was the base experiment edited?)");
        }
        finished.finished(e.run(), result);
      }
    }
  }
}
