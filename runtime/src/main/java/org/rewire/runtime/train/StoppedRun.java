package org.rewire.runtime.train;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.rewire.runtime.UserInputException;
import org.rewire.runtime.checkpoint.Checkpoint;
import org.rewire.runtime.checkpoint.CheckpointFile;
import org.rewire.runtime.checkpoint.ConfigDigest;
import org.rewire.runtime.config.Experiment;
import org.rewire.runtime.output.Provenance;
import org.rewire.runtime.output.RunFolder;
import org.rewire.runtime.plugin.ProviderRegistry;

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
   *     checkpoint is for another neuron model or config, a newer format or damaged
   */
  public static Optional<StoppedRun> read(Path folder, ProviderRegistry registry) {
    TrainedRun.requireFolder(folder);
    if (RunSummary.read(folder).isPresent()) {
      return Optional.empty();
    }
    TrainedRun run =
        TrainedRun.read(
            folder,
            registry,
            "no checkpoint yet (one is written after each epoch); start the run again with"
                + " --force");
    return Optional.of(new StoppedRun(folder, run.experiment(), run.checkpoint()));
  }

  /**
   * The stopped run in {@code folder} if a sweep's run of {@code requested} can continue from it:
   * the folder was started for the same requested config ({@link #startedFor}), its checkpoint
   * reads back, was written for the folder's {@code config.yaml} and holds the sparsifier's state.
   * A sweep restarts the run otherwise.
   */
  public static Optional<StoppedRun> resumable(
      Path folder, Experiment requested, ProviderRegistry registry) {
    if (!Files.isRegularFile(folder.resolve(CheckpointFile.NAME))
        || !startedFor(folder, requested)) {
      return Optional.empty();
    }
    try {
      return read(folder, registry).filter(run -> run.checkpoint().sparsifier() != null);
    } catch (UserInputException e) {
      return Optional.empty();
    }
  }

  /**
   * Whether the run in {@code folder} was started for {@code requested}: the experiment as asked
   * for, before the run derived settings from its data and chip into {@code config.yaml}. Compares
   * {@link ConfigDigest}s, so the output section and the thread count do not count.
   */
  public static boolean startedFor(Path folder, Experiment requested) {
    return Provenance.field(folder, "requestedConfigDigest")
        .map(ConfigDigest.of(requested)::equals)
        .orElse(false);
  }

  /** The run folder to continue in. */
  public RunFolder runFolder() {
    return RunFolder.existing(folder);
  }
}
