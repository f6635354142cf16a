package org.rewire.runtime.train;

import java.io.IOException;
import java.nio.file.Path;
import org.rewire.runtime.engine.SpikingNetwork;
import org.rewire.runtime.report.ChipPicture;
import org.rewire.runtime.report.LearningCurves;

/**
 * The pictures listener: at the end of training, {@code chip.png} (the last mapping, shaded by port
 * load) and {@code curves.png} (the learning curves of every epoch in {@code metrics.json}, so a
 * resumed run's include the epochs before the resume). Drawn once rather than every epoch: drawing
 * costs more than a short epoch.
 */
final class RunPictures implements TrainingListener {
  private final Path folder;
  private final EpochMapping mapping;

  RunPictures(Path folder, EpochMapping mapping) {
    this.folder = folder;
    this.mapping = mapping;
  }

  @Override
  public void onTrainingEnd(SpikingNetwork network) throws IOException {
    ChipPicture.write(
        folder.resolve(ChipPicture.NAME), mapping.last(), ChipPicture.Shading.PORT_LOAD);
    LearningCurves.write(folder);
  }
}
