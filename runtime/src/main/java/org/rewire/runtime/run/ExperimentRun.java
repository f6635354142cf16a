package org.rewire.runtime.run;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.rewire.runtime.assembly.Components;
import org.rewire.runtime.assembly.ExperimentAssembly;
import org.rewire.runtime.checkpoint.Checkpoint;
import org.rewire.runtime.checkpoint.ConfigDigest;
import org.rewire.runtime.config.Experiment;
import org.rewire.runtime.data.BinnedDataset;
import org.rewire.runtime.output.Provenance;
import org.rewire.runtime.output.RunFolder;
import org.rewire.runtime.train.DataPreparation;
import org.rewire.runtime.train.Progress;
import org.rewire.runtime.train.RunSummary;
import org.rewire.runtime.train.Trainer;
import org.rewire.runtime.train.TrainingSummary;

/**
 * One run of a bound experiment, as {@code rewire run} and every run of a sweep do it: build the
 * components and resolve the network spec ({@link ExperimentAssembly#build}), bin the data, create
 * the run folder (only then, so a component that fails to build, a network that does not fit the
 * chip and the data, or data that cannot be read leaves no folder), write the resolved config
 * (every setting the build derived from the data and the chip written out, {@link
 * Components#resolved}) and provenance, train, and last write {@link RunSummary summary.json},
 * which marks the run complete. The run trains, and checkpoints, as its resolved config: {@code
 * config.yaml} is the experiment {@code --resume} continues.
 */
public final class ExperimentRun {
  private ExperimentRun() {}

  /**
   * Runs {@code experiment}.
   *
   * @param overrides the overrides as {@code key=value}, recorded in the provenance
   * @param cache the cache folder for downloads
   * @param folder creates the run folder once everything the run needs is resolved
   * @param progress receives training progress
   * @return the training's summary
   * @throws org.rewire.runtime.UserInputException on a mistake the components find
   * @throws org.rewire.runtime.assembly.ComponentFailureException when a plugin fails
   */
  public static TrainingSummary execute(
      Experiment experiment,
      List<String> overrides,
      Path cache,
      Supplier<RunFolder> folder,
      Progress progress)
      throws IOException {
    long started = System.nanoTime();
    Components components = ExperimentAssembly.build(experiment, cache);
    Experiment resolved = components.resolved();
    BinnedDataset data =
        DataPreparation.prepare(resolved, components.dataset(), components.target().layout());
    RunFolder run = folder.get();
    run.writeConfig(resolved);
    run.writeProvenance(
        Provenance.of(
            experiment, ConfigDigest.of(experiment), overrides, components.dataset().provenance()));
    TrainingSummary summary = new Trainer(resolved, components, run, progress).run(data);
    return finish(run, summary, started);
  }

  /**
   * Continues a stopped run of {@code experiment} (its folder's {@code config.yaml}) in its folder
   * from {@code checkpoint}, to the results an uninterrupted run would have written; the config and
   * provenance stay as the run wrote them. The summary's wall time counts this part only.
   *
   * @throws org.rewire.runtime.UserInputException if the sparsifier cannot resume
   * @throws org.rewire.runtime.assembly.ComponentFailureException when a plugin fails
   */
  public static TrainingSummary resume(
      Experiment experiment, Checkpoint checkpoint, RunFolder run, Path cache, Progress progress)
      throws IOException {
    long started = System.nanoTime();
    Components components = ExperimentAssembly.build(experiment, cache);
    BinnedDataset data =
        DataPreparation.prepare(experiment, components.dataset(), components.target().layout());
    TrainingSummary summary =
        new Trainer(experiment, components, run, progress).resume(data, checkpoint);
    return finish(run, summary, started);
  }

  /** Writes summary.json, which marks the run complete. */
  private static TrainingSummary finish(RunFolder run, TrainingSummary summary, long started)
      throws IOException {
    RunSummary.of(summary, (System.nanoTime() - started) / 1e9).write(run.path());
    return summary;
  }
}
