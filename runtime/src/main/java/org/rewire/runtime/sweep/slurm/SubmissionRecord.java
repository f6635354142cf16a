package org.rewire.runtime.sweep.slurm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.rewire.runtime.UserInputException;
import org.rewire.runtime.output.AtomicFiles;

/**
 * Which array task last ran each run of a sweep: {@code slurm/tasks.tsv} in the sweep folder, one
 * line {@code JOB<tab>INDEX<tab>RUN_ID} per submitted run, rewritten atomically after every
 * accepted {@code sbatch}. Runs are named by id, not by plan index, so editing the sweep file does
 * not attach a task to another run. A run submitted again keeps only its newest task.
 */
final class SubmissionRecord {
  static final String NAME = "tasks.tsv";

  private final Path file;
  private final Map<String, ArrayTask> tasks;

  private SubmissionRecord(Path file, Map<String, ArrayTask> tasks) {
    this.file = file;
    this.tasks = tasks;
  }

  /**
   * The record in {@code folder} (the sweep's {@code slurm/} folder); empty when there is none.
   *
   * @throws UserInputException if it is damaged, naming its line
   */
  static SubmissionRecord read(Path folder) {
    Path file = folder.resolve(NAME);
    Map<String, ArrayTask> tasks = new LinkedHashMap<>();
    try {
      int number = 0;
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        number++;
        String[] cells = line.split("\t", -1);
        if (cells.length != 3
            || !cells[0].matches("[0-9]+")
            || !cells[1].matches("[0-9]{1,9}")
            || cells[2].isEmpty()) {
          throw new UserInputException(
              file
                  + ":"
                  + number
                  + ": expected JOB<tab>INDEX<tab>RUN_ID as rewire writes it; delete the line (or"
                  + " the file) to forget those tasks");
        }
        tasks.remove(cells[2]);
        tasks.put(cells[2], new ArrayTask(cells[0], Integer.parseInt(cells[1])));
      }
    } catch (NoSuchFileException e) {
      // nothing submitted yet
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new SubmissionRecord(file, tasks);
  }

  /** The newest task of run {@code runId}, if it was ever submitted. */
  Optional<ArrayTask> task(String runId) {
    return Optional.ofNullable(tasks.get(runId));
  }

  /**
   * Records that {@code submitted} (run id to task) were submitted, and writes the file.
   *
   * @throws IOException if the file cannot be written; the record in memory is updated anyway
   */
  void add(Map<String, ArrayTask> submitted) throws IOException {
    submitted.forEach(
        (run, task) -> {
          tasks.remove(run);
          tasks.put(run, task);
        });
    write();
  }

  /** Forgets the runs {@code runIds} (their tasks never ran), and writes the file. */
  void forget(Collection<String> runIds) throws IOException {
    tasks.keySet().removeAll(runIds);
    write();
  }

  /** The file. */
  Path file() {
    return file;
  }

  private void write() throws IOException {
    StringBuilder text = new StringBuilder();
    tasks.forEach(
        (run, task) ->
            text.append(task.job())
                .append('\t')
                .append(task.index())
                .append('\t')
                .append(run)
                .append('\n'));
    AtomicFiles.writeString(file, text.toString());
  }
}
