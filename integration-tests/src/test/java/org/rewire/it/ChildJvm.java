package org.rewire.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code rewire} in a child JVM with a small heap, so a test can show that an input is refused
 * within bounded memory (an input read whole, or expanded, would end in an OutOfMemoryError and a
 * stack trace instead of exit code 2).
 */
public final class ChildJvm {
  private ChildJvm() {}

  /**
   * Runs {@code rewire args} with at most {@code heap} of heap (a {@code -Xmx} value), killing it
   * after {@code limit}.
   *
   * @throws AssertionError if it does not finish in time
   */
  public static Cli.Result rewire(Path cache, String heap, Duration limit, List<String> args)
      throws IOException, InterruptedException {
    return rewire(cache, heap, limit, args, null);
  }

  /**
   * As {@link #rewire(Path, String, Duration, List)}, in the working directory {@code directory}
   * (the current one if null).
   */
  public static Cli.Result rewire(
      Path cache, String heap, Duration limit, List<String> args, Path directory)
      throws IOException, InterruptedException {
    return run(cache, heap, limit, args, directory, 0);
  }

  /**
   * As {@link #rewire(Path, String, Duration, List)}, with no file it writes allowed to grow beyond
   * {@code maxFileKib} KiB ({@code ulimit -f}, through {@code /bin/bash}): a write past the limit
   * fails with EFBIG ("File too large"), as one on a full disk fails with ENOSPC.
   */
  public static Cli.Result rewireWithFileSizeLimit(
      Path cache, Duration limit, List<String> args, long maxFileKib)
      throws IOException, InterruptedException {
    return run(cache, "256m", limit, args, null, maxFileKib);
  }

  private static Cli.Result run(
      Path cache, String heap, Duration limit, List<String> args, Path directory, long maxFileKib)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    if (maxFileKib > 0) {
      // The JVM ignores SIGXFSZ, so the write returns EFBIG instead of the process dying.
      command.addAll(
          List.of("/bin/bash", "-c", "ulimit -f " + maxFileKib + " && exec \"$@\"", "bash"));
    }
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(
        List.of(
            "-Xmx" + heap,
            "-XX:TieredStopAtLevel=1",
            "--add-modules",
            "jdk.incubator.vector",
            "-cp",
            absoluteClassPath(),
            "org.rewire.runtime.cli.Main"));
    command.addAll(args);
    Files.createDirectories(cache);
    Path out = Files.createTempFile(cache, "child", ".out");
    Path err = Files.createTempFile(cache, "child", ".err");
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
    if (directory != null) {
      builder.directory(directory.toFile());
    }
    builder.environment().put("REWIRE_CACHE", cache.toString());
    builder.environment().remove("REWIRE_PLUGINS");
    Process process = builder.start();
    if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
      process.destroyForcibly().waitFor();
      throw new AssertionError("rewire " + args + " ran longer than " + limit);
    }
    return new Cli.Result(
        process.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        withoutJvmWarnings(Files.readString(err, StandardCharsets.UTF_8)));
  }

  /** The test class path, usable from another working directory. */
  private static String absoluteClassPath() {
    StringBuilder path = new StringBuilder();
    for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
      path.append(path.length() == 0 ? "" : java.io.File.pathSeparator)
          .append(Path.of(entry).toAbsolutePath());
    }
    return path.toString();
  }

  /** The incubator module prints a warning at start-up; it is the JVM's, not Rewire's. */
  private static String withoutJvmWarnings(String err) {
    StringBuilder kept = new StringBuilder();
    err.lines()
        .filter(l -> !l.startsWith("WARNING: Using incubator modules"))
        .forEach(l -> kept.append(l).append('\n'));
    return kept.toString();
  }
}
