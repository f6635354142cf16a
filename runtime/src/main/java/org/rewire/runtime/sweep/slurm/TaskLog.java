package org.rewire.runtime.sweep.slurm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The log of one array task: {@code slurm/logs/JOB_INDEX.log} in the sweep folder, the task's
 * standard output and error. Slurm appends to it ({@code --open-mode=append}), so a requeued task's
 * starts follow each other; each start begins with the line {@link #START} writes. The task's last
 * start tells why the run failed: the {@code run I ID FAILED: why} line of {@code rewire sweep
 * --run-index I}, or the {@code rewire: why} line of an error.
 */
final class TaskLog {
  /** The first words of the line each start of a task writes first. */
  static final String START = "rewire task ";

  private final Path file;

  private TaskLog(Path file) {
    this.file = file;
  }

  /** The log of {@code task} in the sweep's {@code slurm/} folder {@code folder}. */
  static TaskLog of(Path folder, ArrayTask task) {
    return new TaskLog(logs(folder).resolve(task.id() + ".log"));
  }

  /** The folder of the task logs in the sweep's {@code slurm/} folder {@code folder}. */
  static Path logs(Path folder) {
    return folder.resolve("logs");
  }

  /** The file. */
  Path file() {
    return file;
  }

  /** Whether the task wrote its log: Slurm could open it on the node. */
  boolean exists() {
    return Files.exists(file);
  }

  /**
   * Why the last start of the task failed to finish run {@code run}, as it said it; empty when it
   * said nothing (it was killed, or has not ended).
   */
  Optional<String> failure(int run) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String said = null;
    String outcome = "run " + run + " ";
    for (String line : lines) {
      if (line.startsWith(START)) {
        said = null;
      } else if (line.startsWith(outcome) && line.contains(" FAILED: ")) {
        said = line.substring(line.indexOf(" FAILED: ") + " FAILED: ".length());
      } else if (line.startsWith("rewire: ")) {
        said = line.substring("rewire: ".length());
      }
    }
    return Optional.ofNullable(said);
  }
}
