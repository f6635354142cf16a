package org.rewire.runtime.train;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.rewire.runtime.UserInputException;
import org.rewire.runtime.checkpoint.Checkpoint;
import org.rewire.runtime.checkpoint.CheckpointFile;
import org.rewire.runtime.checkpoint.ConfigDigest;
import org.rewire.runtime.config.Experiment;
import org.rewire.runtime.config.ExperimentReader;
import org.rewire.runtime.plugin.ProviderRegistry;
import org.rewire.runtime.run.RunFolder;

/**
 * A run folder whose run stopped before it finished, as {@code rewire run --resume} and a sweep
 * find it: its experiment (the folder's resolved {@code config.yaml}) and its last checkpoint.
 *
 * @param folder the run folder
 * @param experiment the run's experiment
 * @param checkpoint its last checkpoint
 */
public record StoppedRun(Path folder, Experiment experiment, Checkpoint checkpoint) {

  /**
   * Reads the run in {@code folder}: {@code config.yaml} bound with the installed providers, as if
   * it were the experiment file named in {@code provenance.json} (so relative data paths resolve as
   * they did), and the checkpoint written for that config.
   *
   * @return empty if the run already finished ({@code summary.json})
   * @throws UserInputException if the folder is no run folder, has no checkpoint yet, or its
   *     checkpoint is for another config, a newer format or damaged
   */
  public static Optional<StoppedRun> read(Path folder, ProviderRegistry registry) {
    if (!Files.isDirectory(folder)) {
      throw new UserInputException(folder + ": no such run folder");
    }
    if (RunSummary.read(folder).isPresent()) {
      return Optional.empty();
    }
    Path config = folder.resolve("config.yaml");
    if (!Files.isRegularFile(config)) {
      throw new UserInputException(folder + ": not a run folder (no config.yaml)");
    }
    Experiment read = new ExperimentReader(registry).read(config, List.of());
    Experiment experiment = asIfFrom(originalFile(folder).orElse(config), read);
    Path file = folder.resolve(CheckpointFile.NAME);
    if (!Files.isRegularFile(file)) {
      throw new UserInputException(
          folder
              + ": no checkpoint yet (one is written after each epoch); start the run again with"
              + " --force");
    }
    return Optional.of(
        new StoppedRun(folder, experiment, CheckpointFile.read(file, ConfigDigest.of(experiment))));
  }

  /**
   * The checkpoint in {@code folder} if a run of {@code experiment} can continue from it: it
   * exists, reads back, was written for the same config and holds the sparsifier's state. A sweep
   * restarts the run otherwise.
   */
  public static Optional<Checkpoint> resumable(Path folder, Experiment experiment) {
    Path file = folder.resolve(CheckpointFile.NAME);
    if (!Files.isRegularFile(file) || RunSummary.read(folder).isPresent()) {
      return Optional.empty();
    }
    try {
      Checkpoint c = CheckpointFile.read(file, ConfigDigest.of(experiment));
      return c.sparsifier() == null ? Optional.empty() : Optional.of(c);
    } catch (UserInputException e) {
      return Optional.empty();
    }
  }

  /** The run folder to continue in. */
  public RunFolder runFolder() {
    return RunFolder.existing(folder);
  }

  private static Optional<Path> originalFile(Path folder) {
    try {
      JsonNode provenance = RunFolder.JSON.readTree(folder.resolve("provenance.json").toFile());
      JsonNode file = provenance.get("experimentFile");
      return file != null && file.isTextual()
          ? Optional.of(Path.of(file.asText()))
          : Optional.empty();
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // then paths resolve against the run folder, as for its config.yaml
    }
  }

  private static Experiment asIfFrom(Path file, Experiment e) {
    return new Experiment(
        file,
        e.name(),
        e.seed(),
        e.dataset(),
        e.model(),
        e.target(),
        e.sparsifier(),
        e.training(),
        e.output(),
        e.source());
  }
}
