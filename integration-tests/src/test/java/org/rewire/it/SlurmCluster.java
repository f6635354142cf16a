package org.rewire.it;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A real single-node Slurm cluster for a test, from Debian's {@code slurm-wlm} and {@code munge}:
 * {@code munged}, {@code slurmctld} and {@code slurmd} started in the foreground as children of the
 * test JVM, with a key, sockets, state, logs and a {@code slurm.conf} (plus the {@code cgroup.conf}
 * beside it that {@code slurmd} reads) generated in a temporary folder, on free ports, so nothing
 * of the machine's own configuration is used or changed. Clients reach it through {@link #env()}
 * ({@code SLURM_CONF}). Runs as root (as {@code slurmd} must), with the plugins that work without
 * systemd or cgroup delegation: {@code proctrack/linuxproc}, {@code task/none}, {@code
 * jobacct_gather/none}, {@code select/cons_tres}.
 *
 * <p>{@code slurmd} runs in a mount namespace of its own ({@code unshare}) in which an empty tmpfs
 * hides {@link #hiddenFromNodes()}: a folder the submitting side writes but the tasks cannot reach,
 * as on a cluster whose nodes do not mount the submitter's disk.
 */
final class SlurmCluster implements AutoCloseable {
  /** Array indexes below 6: a sweep of more runs is submitted as several arrays. */
  static final int MAX_ARRAY_SIZE = 6;

  private static final List<String> PROGRAMS =
      List.of(
          "/usr/sbin/munged",
          "/usr/sbin/slurmctld",
          "/usr/sbin/slurmd",
          "/usr/bin/sbatch",
          "/usr/bin/squeue",
          "/usr/bin/scontrol",
          "/usr/bin/scancel",
          "/usr/bin/sinfo");

  private final Path dir;
  private final List<Process> daemons = new ArrayList<>();
  private final Map<String, String> env = new HashMap<>();
  private Path hidden;

  private SlurmCluster(Path dir) {
    this.dir = dir;
  }

  /** Why no cluster can be started here (a program missing, not root), or empty when it can. */
  static Optional<String> unavailable() {
    for (String program : PROGRAMS) {
      if (!Files.isExecutable(Path.of(program))) {
        return Optional.of(
            program + " is not installed (apt-get install slurm-wlm munge; .ci/run does)");
      }
    }
    if (!"root".equals(System.getProperty("user.name"))) {
      return Optional.of("slurmd must run as root to start tasks; this test runs as a user");
    }
    return Optional.empty();
  }

  /**
   * Starts a cluster in {@code dir} and waits until its node is idle.
   *
   * @throws IOException if a daemon does not start; what started is stopped
   */
  static SlurmCluster start(Path dir) throws IOException, InterruptedException {
    SlurmCluster cluster = new SlurmCluster(dir.toAbsolutePath());
    try {
      cluster.configure();
      cluster.launch();
      return cluster;
    } catch (IOException | InterruptedException | RuntimeException e) {
      cluster.close();
      throw e;
    }
  }

  /** The environment of Slurm's commands for this cluster: {@code SLURM_CONF} and the PATH. */
  Map<String, String> env() {
    return Map.copyOf(env);
  }

  /**
   * A folder the tests can write but the cluster's tasks do not see (an empty tmpfs covers it in
   * {@code slurmd}'s mount namespace), or empty when {@code unshare} is not available.
   */
  Optional<Path> hiddenFromNodes() {
    return Optional.ofNullable(hidden);
  }

  /**
   * Runs a Slurm client command on this cluster and returns its standard output.
   *
   * @throws AssertionError if it fails
   */
  String run(String... command) throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().putAll(env);
    Process process = builder.start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
      throw new AssertionError(String.join(" ", command) + " failed: " + out);
    }
    return out;
  }

  /** Slurm's state of array task {@code task} ({@code JOB_INDEX}), such as RUNNING or CANCELLED. */
  String state(String task) throws IOException, InterruptedException {
    return run("/usr/bin/squeue", "-h", "-t", "all", "-j", task, "-o", "%T").strip();
  }

  /** Waits until {@code task} is in {@code state}. */
  void awaitState(String task, String state, Duration limit)
      throws IOException, InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    while (!state(task).equals(state)) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError(
            task + " is " + state(task) + ", not " + state + " after " + limit);
      }
      Thread.sleep(100);
    }
  }

  private void configure() throws IOException, InterruptedException {
    Files.createDirectories(dir.resolve("state"));
    Files.createDirectories(dir.resolve("spool"));
    byte[] key = new byte[1024];
    new SecureRandom().nextBytes(key);
    Path keyFile = dir.resolve("munge.key");
    Files.write(keyFile, key);
    Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("r--------"));
    String host = hostname();
    int cpus = Runtime.getRuntime().availableProcessors();
    Path conf = dir.resolve("slurm.conf");
    Files.writeString(
        conf,
        String.join(
            "\n",
            "ClusterName=rewiretest",
            "SlurmctldHost=" + host + "(127.0.0.1)",
            "SlurmctldPort=" + freePort(),
            "SlurmdPort=" + freePort(),
            "SlurmUser=root",
            "AuthType=auth/munge",
            "AuthInfo=socket=" + dir.resolve("munge.sock"),
            "CredType=cred/munge",
            "StateSaveLocation=" + dir.resolve("state"),
            "SlurmdSpoolDir=" + dir.resolve("spool"),
            "SlurmctldPidFile=" + dir.resolve("slurmctld.pid"),
            "SlurmdPidFile=" + dir.resolve("slurmd.pid"),
            "SlurmctldLogFile=" + dir.resolve("slurmctld.log"),
            "SlurmdLogFile=" + dir.resolve("slurmd.log"),
            "ProctrackType=proctrack/linuxproc",
            "TaskPlugin=task/none",
            "JobAcctGatherType=jobacct_gather/none",
            "SelectType=select/cons_tres",
            "SelectTypeParameters=CR_Core",
            "MpiDefault=none",
            "ReturnToService=2",
            "MaxArraySize=" + MAX_ARRAY_SIZE,
            "NodeName=rewire-test NodeHostname=" + host + " NodeAddr=127.0.0.1 CPUs=" + cpus,
            "PartitionName=debug Nodes=ALL Default=YES MaxTime=INFINITE State=UP",
            ""));
    Files.writeString(dir.resolve("cgroup.conf"), "CgroupPlugin=autodetect\nIgnoreSystemd=yes\n");
    env.put("SLURM_CONF", conf.toString());
    env.put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
  }

  private void launch() throws IOException, InterruptedException {
    Path munge = dir.resolve("munge.sock");
    daemon(
        "munged",
        List.of(
            "/usr/sbin/munged",
            "--foreground",
            "--force",
            "--key-file=" + dir.resolve("munge.key"),
            "--socket=" + munge,
            "--pid-file=" + dir.resolve("munged.pid"),
            "--log-file=" + dir.resolve("munged.log"),
            "--seed-file=" + dir.resolve("munged.seed")));
    awaitFile(munge, "munged");
    String conf = dir.resolve("slurm.conf").toString();
    daemon("slurmctld", List.of("/usr/sbin/slurmctld", "-D", "-i", "-f", conf));
    Path hide = dir.resolve("hidden");
    Files.createDirectories(hide);
    List<String> slurmd = List.of("/usr/sbin/slurmd", "-D", "-f", conf, "-N", "rewire-test");
    if (Files.isExecutable(Path.of("/usr/bin/unshare"))) {
      List<String> hiding =
          new ArrayList<>(
              List.of(
                  "/usr/bin/unshare",
                  "--mount",
                  "--propagation",
                  "private",
                  "/bin/sh",
                  "-c",
                  "mount -t tmpfs rewire-hidden \"$0\" && exec \"$@\"",
                  hide.toString()));
      hiding.addAll(slurmd);
      daemon("slurmd", hiding);
      hidden = hide;
    } else {
      daemon("slurmd", slurmd);
    }
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (true) {
      try {
        if (run("/usr/bin/sinfo", "-h", "-o", "%t").strip().equals("idle")) {
          return;
        }
      } catch (AssertionError notYet) {
        // the controller is starting
      }
      if (System.nanoTime() > deadline) {
        throw new IOException("the Slurm node did not become idle in 60 s; see " + dir);
      }
      for (Process p : daemons) {
        if (!p.isAlive()) {
          throw new IOException("a Slurm daemon exited (" + p.info().command() + "); see " + dir);
        }
      }
      Thread.sleep(200);
    }
  }

  private void daemon(String name, List<String> command) throws IOException {
    daemons.add(
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve(name + ".out").toFile())
            .start());
  }

  private static void awaitFile(Path file, String what) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (!Files.exists(file)) {
      if (System.nanoTime() > deadline) {
        throw new IOException(what + " did not start in 20 s");
      }
      Thread.sleep(50);
    }
  }

  private static String hostname() throws IOException, InterruptedException {
    Process p = new ProcessBuilder("hostname", "-s").redirectErrorStream(true).start();
    String name = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    p.waitFor();
    return name;
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /** Cancels every job, then stops the daemons (SIGTERM, then SIGKILL after 10 s). */
  @Override
  public void close() throws InterruptedException {
    if (daemons.size() == 3) {
      try {
        run("/usr/bin/scancel", "--user=root");
        Thread.sleep(1000);
      } catch (IOException | AssertionError e) {
        // stopping anyway
      }
    }
    for (int i = daemons.size() - 1; i >= 0; i--) {
      Process p = daemons.get(i);
      p.descendants().forEach(ProcessHandle::destroy);
      p.destroy();
      if (!p.waitFor(10, TimeUnit.SECONDS)) {
        p.destroyForcibly().waitFor();
      }
    }
  }
}
