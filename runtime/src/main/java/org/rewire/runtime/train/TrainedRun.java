package org.rewire.runtime.train;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.rewire.api.Connectivity;
import org.rewire.api.HardwareTarget;
import org.rewire.api.Layout;
import org.rewire.runtime.UserInputException;
import org.rewire.runtime.assembly.NetworkSetup;
import org.rewire.runtime.checkpoint.Checkpoint;
import org.rewire.runtime.checkpoint.CheckpointFile;
import org.rewire.runtime.checkpoint.ConfigDigest;
import org.rewire.runtime.config.Experiment;
import org.rewire.runtime.config.ExperimentReader;
import org.rewire.runtime.engine.NetworkSpec;
import org.rewire.runtime.engine.SpikingNetwork;
import org.rewire.runtime.output.Provenance;
import org.rewire.runtime.plugin.ProviderRegistry;

/**
 * A run folder's experiment (its resolved {@code config.yaml}) and its last checkpoint, finished or
 * not: what {@code rewire run --resume} continues ({@link StoppedRun}) and what {@code rewire
 * export} and {@code rewire eval RUN_DIR} read the trained network from.
 *
 * @param folder the run folder
 * @param experiment the run's experiment, bound as if it were the experiment file named in {@code
 *     provenance.json} (so relative data paths resolve as they did)
 * @param checkpoint its last checkpoint: the network after its last complete epoch
 */
public record TrainedRun(Path folder, Experiment experiment, Checkpoint checkpoint) {

  /**
   * Reads the run in {@code folder}.
   *
   * @param noCheckpoint what to tell the user when the folder has no checkpoint yet
   * @throws UserInputException if the folder is no run folder, has no checkpoint, or its checkpoint
   *     is for another neuron model or config, a newer format or damaged
   */
  public static TrainedRun read(Path folder, ProviderRegistry registry, String noCheckpoint) {
    requireFolder(folder);
    Path config = folder.resolve("config.yaml");
    if (!Files.isRegularFile(config)) {
      throw new UserInputException(folder + ": not a run folder (no config.yaml)");
    }
    Experiment read = new ExperimentReader(registry).read(config, List.of());
    Experiment experiment = read.withFile(originalFile(folder).orElse(config));
    Path file = folder.resolve(CheckpointFile.NAME);
    if (!Files.isRegularFile(file)) {
      throw new UserInputException(folder + ": " + noCheckpoint);
    }
    Checkpoint checkpoint =
        CheckpointFile.read(file, ConfigDigest.of(experiment), experiment.model().neuron());
    return new TrainedRun(folder, experiment, checkpoint);
  }

  /**
   * The trained network on {@code target}, the run's own target built from its config: the spec the
   * run trained (its input channels and readout) with the checkpoint's weights.
   */
  public SpikingNetwork network(HardwareTarget target) {
    Layout layout = target.layout();
    int channels = NetworkSetup.input(experiment.model(), layout).channels();
    return network(NetworkSetup.spec(experiment, target, channels, layout.outputNeurons().length));
  }

  /**
   * The checkpoint's network on {@code spec}, the run's network spec (built from {@link
   * #experiment}).
   *
   * @throws UserInputException if the checkpoint does not fit the spec
   */
  public SpikingNetwork network(NetworkSpec spec) {
    int n = spec.layout().neurons();
    SpikingNetwork network =
        SpikingNetwork.create(
            spec, Connectivity.ofRows(n, new int[n + 1], new int[0]), new SplittableRandom(0));
    try {
      checkpoint.restoreInto(network);
    } catch (IllegalArgumentException e) {
      throw new UserInputException(
          folder.resolve(CheckpointFile.NAME)
              + ": does not fit the run's config: "
              + e.getMessage());
    }
    return network;
  }

  private static Optional<Path> originalFile(Path folder) {
    // Without it, paths resolve against the run folder, as for its config.yaml.
    return Provenance.field(folder, "experimentFile").map(Path::of);
  }

  /**
   * Refuses a {@code folder} that does not exist or is a file.
   *
   * @throws UserInputException naming the path and what was expected
   */
  static void requireFolder(Path folder) {
    if (Files.isRegularFile(folder)) {
      throw new UserInputException(
          folder + ": is a file; expected a run folder (the folder `rewire run` wrote)");
    }
    if (!Files.isDirectory(folder)) {
      throw new UserInputException(folder + ": no such run folder");
    }
  }
}
