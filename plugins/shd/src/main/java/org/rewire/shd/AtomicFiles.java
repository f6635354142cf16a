package org.rewire.shd;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Files appear under their final name complete or not at all: they are written to a temporary file
 * in the same folder and moved into place.
 */
final class AtomicFiles {
  private AtomicFiles() {}

  /** Moves atomically where the file system can, so readers never see a partial file. */
  static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Deletes a temporary file if it exists; null is allowed. */
  static void deleteQuietly(Path file) {
    if (file == null) {
      return;
    }
    try {
      Files.deleteIfExists(file);
    } catch (IOException ignored) {
      // A leftover temporary file costs disk space only; the real error is already on its way.
    }
  }
}
