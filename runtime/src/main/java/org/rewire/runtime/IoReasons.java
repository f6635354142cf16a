package org.rewire.runtime;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Why a file operation failed, in the one line a user reads: the system's reason without the path
 * (Java's {@link NoSuchFileException} message is only the path), so that the caller names the file
 * once.
 */
public final class IoReasons {
  private IoReasons() {}

  /** The reason, in one line: {@code no such file or folder}, {@code permission denied}, ... */
  public static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file or folder";
    }
    if (e instanceof FileAlreadyExistsException f) {
      return f.getFile() + " exists and is not a folder";
    }
    String reason = e instanceof FileSystemException f ? f.getReason() : e.getMessage();
    return reason == null ? e.getClass().getSimpleName() : reason.lines().findFirst().orElse("");
  }

  /**
   * The user's input file {@code file} could not be read: {@code FILE: no such file}, else {@code
   * FILE: cannot read: REASON}.
   */
  public static UserInputException unreadable(Path file, IOException e) {
    return new UserInputException(
        file
            + (e instanceof NoSuchFileException
                ? ": no such file"
                : ": cannot read: " + reason(e)));
  }
}
