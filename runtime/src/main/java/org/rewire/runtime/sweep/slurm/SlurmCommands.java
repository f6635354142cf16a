package org.rewire.runtime.sweep.slurm;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.rewire.runtime.UserInputException;

/**
 * Runs Slurm's client commands ({@code sbatch}, {@code squeue}, {@code sacct}, {@code scontrol},
 * {@code scancel}) as the user would, found on the {@code PATH} of the given environment, which
 * they also get (so {@code SLURM_CONF} and the like apply to them and, through {@code sbatch}, to
 * the tasks).
 */
class SlurmCommands {
  /** {@code sbatch} retries for about a minute while the controller is busy; allow for it. */
  private static final Duration LIMIT = Duration.ofMinutes(5);

  private final Map<String, String> env;

  /**
   * @param env the environment of every command, with the {@code PATH} they are found on
   */
  SlurmCommands(Map<String, String> env) {
    this.env = Map.copyOf(env);
  }

  /** What a command did. */
  record Result(int code, String out, String err) {
    /** The standard error's lines as one line (Slurm's errors are short), else the output's. */
    String message() {
      String text = err.isBlank() ? out : err;
      return String.join("; ", text.strip().lines().map(String::strip).toList());
    }
  }

  /**
   * Runs {@code program args} and waits for it.
   *
   * @throws UserInputException if {@code program} is not on the {@code PATH}, or cannot be started
   * @throws InterruptedException if interrupted while waiting; the command is killed
   */
  Result run(String program, List<String> args) throws InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(find(program).toString());
    command.addAll(args);
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().clear();
    builder.environment().putAll(env);
    Process process;
    try {
      process = builder.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
    } catch (IOException e) {
      throw new UserInputException("cannot run " + program + ": " + e.getMessage(), e);
    }
    CompletableFuture<String> out =
        CompletableFuture.supplyAsync(() -> read(process.getInputStream()));
    CompletableFuture<String> err =
        CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
    try {
      if (!process.waitFor(LIMIT.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
        throw new UserInputException(
            program
                + " did not answer within "
                + LIMIT.toMinutes()
                + " minutes; is the Slurm controller up?");
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      throw e;
    }
    return new Result(process.exitValue(), out.join(), err.join());
  }

  /**
   * Where {@code program} is on the {@code PATH}.
   *
   * @throws UserInputException if it is on none of its folders
   */
  Path find(String program) {
    String path = env.getOrDefault("PATH", "");
    for (String dir : path.split(File.pathSeparator)) {
      if (dir.isEmpty()) {
        continue;
      }
      Path candidate = Path.of(dir, program);
      if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    throw new UserInputException(
        "no "
            + program
            + " on the PATH: --executor slurm runs Slurm's commands (sbatch, squeue) on a machine"
            + " that can submit jobs, such as the cluster's login node");
  }

  private static String read(InputStream in) {
    try (in) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
