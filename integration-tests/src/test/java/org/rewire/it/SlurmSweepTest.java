package org.rewire.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rewire sweep --executor slurm} against a real single-node Slurm cluster ({@link
 * SlurmCluster}): the sweep's results through a job array equal the local pool's, also when a task
 * is cancelled mid-run and requeued (it continues from its checkpoint); running the command again
 * submits only what is missing; a refused, a partial and an unreachable submission are one line and
 * exit code 2. Skipped, saying why, where Slurm is not installed ({@code .ci/run} installs it).
 * Runs are small (a synthetic dataset, seconds each), so the class takes a minute or two.
 */
class SlurmSweepTest {
  private static final Pattern SUBMITTED = Pattern.compile("submitted job ([0-9]+): runs? ");

  @TempDir static Path clusterDir;
  private static SlurmCluster cluster;
  private static String unavailable;

  @TempDir Path work;

  @BeforeAll
  static void startCluster() throws Exception {
    unavailable = SlurmCluster.unavailable().orElse(null);
    if (unavailable == null) {
      cluster = SlurmCluster.start(clusterDir.resolve("slurm"));
    }
  }

  @AfterAll
  static void stopCluster() throws Exception {
    if (cluster != null) {
      cluster.close();
    }
  }

  private static void assumeCluster() {
    assumeTrue(cluster != null, "no Slurm cluster: " + unavailable);
  }

  /** The environment of an in-process {@code rewire}: the cluster's and the test's cache. */
  private Map<String, String> env() {
    Map<String, String> env = new HashMap<>(cluster == null ? Map.of() : cluster.env());
    env.put("REWIRE_CACHE", work.resolve("cache").toString());
    return env;
  }

  /** A sweep of {@code seeds} seeds of a small synthetic experiment, about a second an epoch. */
  private Path sweep(String name, int seeds, int epochs, int samples) throws IOException {
    Files.writeString(
        work.resolve(name + "-base.yaml"),
        """
        name: %s
        seed: 11
        dataset: {type: randman, channels: 32, classes: 4, samples: %d, test_samples: 16}
        model: {input: {steps: 40, duration: 1.0}}
        target: {type: mosaic, rows: 3, cols: 3, tile_size: 16, inputs: 32}
        sparsifier: {type: routing-aware-deepr, profile: {1: 0.5, 3: 0.1}, prune_count: 2}
        training: {epochs: %d, batch_size: 16, threads: 1}
        """
            .formatted(name, samples, epochs));
    List<String> seedList = new ArrayList<>();
    for (int s = 1; s <= seeds; s++) {
      seedList.add(Integer.toString(s));
    }
    Path file = work.resolve(name + ".yaml");
    Files.writeString(
        file,
        """
        experiment: %s-base.yaml
        name: %s
        grid:
          seed: [%s]
        slurm:
          cpus_per_task: 1
          time: "00:30:00"
        """
            .formatted(name, name, String.join(", ", seedList)));
    return file;
  }

  private Cli.Result rewire(Map<String, String> env, Object... args) {
    String[] text = new String[args.length];
    for (int i = 0; i < args.length; i++) {
      text[i] = args[i].toString();
    }
    return Cli.rewire(env, text);
  }

  @Test
  void aSweepThroughSlurmEqualsTheLocalOneEvenWithATaskCancelledAndRequeuedMidRun()
      throws Exception {
    assumeCluster();
    Path file = sweep("tiny", 3, 4, 640);
    Path local = work.resolve("local");
    Cli.Result pool = rewire(env(), "sweep", file, "--output", local, "--workers", 2);
    assertThat(pool.code()).as(pool.err() + pool.out()).isZero();

    Path out = work.resolve("cluster");
    Cli.Result submitted = rewire(env(), "sweep", file, "--output", out, "--executor", "slurm");
    assertThat(submitted.code()).as(submitted.err() + submitted.out()).isZero();
    assertThat(submitted.out()).contains("runs 0-2 (3 tasks)");
    String job = job(submitted.out());
    Path sweep = out.resolve("tiny");
    assertThat(sweep.resolve("slurm/task.sh")).isExecutable();

    // While the tasks are queued or running, the same command reports them and submits nothing.
    Cli.Result again = rewire(env(), "sweep", file, "--output", out, "--executor", "slurm");
    assertThat(again.code()).as(again.err() + again.out()).isZero();
    assertThat(again.out()).contains("slurm: ").doesNotContain("submitted job");

    // Preemption: the task of run 1 is cancelled after its first checkpoint, then requeued.
    Path run = sweep.resolve("runs/seed=2");
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
    while (!Files.exists(run.resolve("checkpoint.bin")) && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(run.resolve("checkpoint.bin")).exists();
    String task = job + "_1";
    cluster.run("/usr/bin/scancel", task);
    cluster.awaitState(task, "CANCELLED", Duration.ofSeconds(30));
    assertThat(run.resolve("summary.json")).as("cancelled mid-run").doesNotExist();
    cluster.run("/usr/bin/scontrol", "requeue", task);
    // A requeued job waits a while by default; let it start now.
    cluster.run("/usr/bin/scontrol", "update", "JobId=" + task, "StartTime=now");

    Cli.Result waited =
        rewire(env(), "sweep", file, "--output", out, "--executor", "slurm", "--wait", "--poll", 1);
    assertThat(waited.code()).as(waited.err() + waited.out()).isZero();
    assertThat(waited.out()).contains("3 done, 0 failed").doesNotContain("submitted job");

    // The requeued task continued the run from its checkpoint: its second start trained no first
    // epoch, and the figures are those of the uninterrupted local run.
    String log = Files.readString(sweep.resolve("slurm/logs/" + task + ".log"));
    assertThat(log).contains("rewire task " + task + ": run 1, start 1");
    String second = log.substring(log.indexOf("rewire task " + task + ": run 1, start 2"));
    assertThat(second).contains("epoch 4/4").doesNotContain("epoch 1/4");
    assertThat(withoutWallTime(sweep.resolve("results.csv")))
        .isEqualTo(withoutWallTime(local.resolve("tiny/results.csv")));
    assertThat(Files.readString(sweep.resolve("results.csv"))).doesNotContain(",pending,");

    Cli.Result report = rewire(env(), "report", sweep);
    assertThat(report.code()).as(report.err() + report.out()).isZero();
    Cli.Result collect = rewire(env(), "sweep", file, "--output", out, "--collect");
    assertThat(collect.code()).as(collect.err() + collect.out()).isZero();
    assertThat(collect.out()).contains("3 runs, 3 done, 0 not done");
  }

  /**
   * Six runs through Slurm (one array, two tasks at a time on the two-core node) and through the
   * local pool (two workers, one training thread each, as each task has): the same results. Prints
   * the scheduling overhead per run: (Slurm's wall time from submission to the last run's end, read
   * every second, minus the local pool's) times the two runs at a time, over the six runs; it holds
   * each task's JVM start, plugin discovery and data generation besides Slurm's dispatch.
   */
  @Test
  void sixRunsThroughSlurmGiveTheLocalResults() throws Exception {
    assumeCluster();
    int slots = 2;
    Path file = sweep("measured", 6, 2, 320);
    Path local = work.resolve("local");
    long start = System.nanoTime();
    Cli.Result pool = rewire(env(), "sweep", file, "--output", local, "--workers", slots);
    double localSeconds = (System.nanoTime() - start) / 1e9;
    assertThat(pool.code()).as(pool.err() + pool.out()).isZero();

    Path out = work.resolve("cluster");
    start = System.nanoTime();
    Cli.Result slurm =
        rewire(
            env(),
            "sweep",
            file,
            "--output",
            out,
            "--executor",
            "slurm",
            "--max-parallel",
            slots,
            "--wait",
            "--poll",
            1);
    double slurmSeconds = (System.nanoTime() - start) / 1e9;
    assertThat(slurm.code()).as(slurm.err() + slurm.out()).isZero();
    assertThat(slurm.out()).contains("runs 0-5 (6 tasks, at most 2 at once)");
    assertThat(withoutWallTime(out.resolve("measured/results.csv")))
        .isEqualTo(withoutWallTime(local.resolve("measured/results.csv")));
    System.out.printf(
        java.util.Locale.ROOT,
        "slurm overhead: 6 runs, %d at a time: local pool %.1f s, Slurm array %.1f s:"
            + " %.1f s per run%n",
        slots,
        localSeconds,
        slurmSeconds,
        (slurmSeconds - localSeconds) * slots / 6);
  }

  @Test
  void aPartialSubmissionNamesTheRunsSubmittedAndNotAndRunningAgainCompletesIt() throws Exception {
    assumeCluster();
    // 7 runs on a cluster whose arrays hold 6 indexes: two arrays. The second sbatch is refused
    // by the controller: a wrapper first on the PATH names a partition that does not exist.
    Path file = sweep("seven", 7, 1, 160);
    Path bin = Files.createDirectories(work.resolve("bin"));
    Path count = work.resolve("sbatch-calls");
    Path wrapper = bin.resolve("sbatch");
    Files.writeString(
        wrapper,
        """
        #!/bin/bash
        n=$(cat '%s' 2>/dev/null || echo 0)
        echo $((n + 1)) > '%s'
        if [ "$n" -ge 1 ]; then exec /usr/bin/sbatch --partition=refused-by-test "$@"; fi
        exec /usr/bin/sbatch "$@"
        """
            .formatted(count, count));
    Files.setPosixFilePermissions(wrapper, PosixFilePermissions.fromString("rwxr-xr-x"));
    Map<String, String> refusing = env();
    refusing.put("PATH", bin + ":" + refusing.get("PATH"));
    Path out = work.resolve("cluster");

    Cli.Result partial = rewire(refusing, "sweep", file, "--output", out, "--executor", "slurm");
    assertThat(partial.code()).as(partial.out()).isEqualTo(2);
    assertThat(partial.err().lines()).hasSize(1);
    assertThat(partial.err())
        .matches(
            "rewire: submitted runs 0-5 as job [0-9]+; not submitted: run 6 \\(sbatch refused"
                + " them: .*invalid partition.*\\); run the command again to submit what is"
                + " missing\\n");
    assertThat(Files.readAllLines(out.resolve("seven/slurm/tasks.tsv"))).hasSize(6);

    Cli.Result rest =
        rewire(env(), "sweep", file, "--output", out, "--executor", "slurm", "--wait", "--poll", 1);
    assertThat(rest.code()).as(rest.err() + rest.out()).isZero();
    assertThat(rest.out()).contains("run 6 (1 task)").contains("7 done, 0 failed");
    assertThat(SUBMITTED.matcher(rest.out()).results().count()).isEqualTo(1);
    for (int seed = 1; seed <= 7; seed++) {
      assertThat(out.resolve("seven/runs/seed=" + seed + "/summary.json")).exists();
    }
  }

  @Test
  void aSubmissionTheControllerRefusesIsOneLineAndRecordsNothing() throws Exception {
    assumeCluster();
    Path file = sweep("refused", 3, 1, 160);
    Path out = work.resolve("cluster");
    Cli.Result r =
        rewire(env(), "sweep", file, "--output", out, "--executor", "slurm", "--partition", "nope");
    assertThat(r.code()).as(r.out()).isEqualTo(2);
    assertThat(r.err().lines()).hasSize(1);
    assertThat(r.err())
        .startsWith("rewire: sbatch refused the job array of runs 0-2: ")
        .contains("invalid partition");
    assertThat(out.resolve("refused/slurm/tasks.tsv")).doesNotExist();
  }

  @Test
  void aSweepFolderTheNodesCannotReachIsOneLineAndCancelsTheArray() throws Exception {
    assumeCluster();
    assumeTrue(cluster.hiddenFromNodes().isPresent(), "no unshare: cannot hide a folder");
    Path file = sweep("unreachable", 2, 1, 160);
    Path out = Files.createTempDirectory(cluster.hiddenFromNodes().get(), "sweeps");
    Cli.Result r =
        rewire(env(), "sweep", file, "--output", out, "--executor", "slurm", "--wait", "--poll", 1);
    assertThat(r.code()).as(r.out()).isEqualTo(2);
    assertThat(r.err().lines()).hasSize(1);
    assertThat(r.err())
        .startsWith(
            "rewire: the Slurm tasks cannot reach the sweep folder " + out.resolve("unreachable"))
        .contains("JobLaunchFailure");
    assertThat(Files.readString(out.resolve("unreachable/slurm/tasks.tsv"))).isEmpty();
  }

  @Test
  void noSbatchOnThePathIsOneLine() throws Exception {
    Path file = sweep("nosbatch", 2, 1, 160);
    Map<String, String> env = env();
    env.put("PATH", Files.createDirectories(work.resolve("empty")).toString());
    Cli.Result r = rewire(env, "sweep", file, "--output", work.resolve("o"), "--executor", "slurm");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err())
        .isEqualTo(
            "rewire: no sbatch on the PATH: --executor slurm runs Slurm's commands (sbatch,"
                + " squeue) on a machine that can submit jobs, such as the cluster's login node\n");
  }

  @Test
  void theSlurmSectionIsStrict() throws Exception {
    Path file = sweep("strict", 2, 1, 160);
    Files.writeString(
        file,
        Files.readString(file)
            .replace("  time: \"00:30:00\"", "  time: \"00:30:00\"\n  partion: cpu"));
    Cli.Result r = rewire(env(), "sweep", file, "--executor", "slurm", "--dry-run");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err())
        .startsWith("rewire: " + file + ":8:3")
        .contains("unknown key 'partion'; expected one of: partition, cpus_per_task");
  }

  private static String job(String out) {
    Matcher m = SUBMITTED.matcher(out);
    assertThat(m.find()).as(out).isTrue();
    return m.group(1);
  }

  /** The results table without its wall_seconds column, which differs from run to run. */
  private static List<String> withoutWallTime(Path csv) throws IOException {
    List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
    int column = List.of(lines.get(0).split(",", -1)).indexOf("wall_seconds");
    assertThat(column).isNotNegative();
    List<String> kept = new ArrayList<>();
    for (String line : lines) {
      List<String> cells = new ArrayList<>(List.of(line.split(",", -1)));
      cells.remove(column);
      kept.add(String.join(",", cells));
    }
    return kept;
  }
}
