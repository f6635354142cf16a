package org.rewire.runtime.train;

import java.io.IOException;
import java.nio.file.Path;
import org.rewire.runtime.checkpoint.CheckpointFile;

/**
 * The checkpoint listener: after each epoch, once its metrics row is written, the session's state
 * and the rows so far go to {@code checkpoint.bin} ({@link CheckpointFile}, atomic and synced),
 * from which {@code rewire run --resume} continues. A numerical fault names the last one written.
 */
final class Checkpointing implements TrainingListener {
  private final Path file;
  private final String configDigest;
  private final TrainingSession session;
  private final MetricsLog log;
  private int saved;

  /**
   * @param saved epochs the checkpoint already in the folder holds (0 for a new run)
   */
  Checkpointing(
      Path file, String configDigest, TrainingSession session, MetricsLog log, int saved) {
    this.file = file;
    this.configDigest = configDigest;
    this.session = session;
    this.log = log;
    this.saved = saved;
  }

  @Override
  public void onEpochEnd(EpochContext epoch) throws IOException {
    CheckpointFile.write(file, session.checkpoint(configDigest, epoch.epoch(), log.rows()));
    saved = epoch.epoch();
  }

  /** Where a stopped run can continue from, for its error message. */
  String lastGood() {
    return saved > 0
        ? "last good checkpoint: epoch " + saved + " in " + file
        : "no checkpoint yet (one is written after each epoch)";
  }
}
