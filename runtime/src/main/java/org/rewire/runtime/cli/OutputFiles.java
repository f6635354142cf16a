package org.rewire.runtime.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.rewire.runtime.UserInputException;

/**
 * Checks a file the user names for a command to write ({@code export -o FILE}, {@code eval --counts
 * FILE}) before any work starts: a folder given for the file, or a folder to put it in that does
 * not exist (a mistyped path), is the user's mistake, one line and exit code 2, and nothing is
 * created.
 */
final class OutputFiles {
  private OutputFiles() {}

  /**
   * @param option the option that named the file, as typed ({@code --counts})
   * @throws UserInputException if {@code file} is a folder or its folder does not exist
   */
  static void requireWritablePlace(Path file, String option) {
    if (Files.isDirectory(file)) {
      throw new UserInputException(
          option + " " + file + ": is a folder; expected the path of a file to write");
    }
    Path folder = file.toAbsolutePath().getParent();
    if (folder != null && !Files.isDirectory(folder)) {
      throw new UserInputException(
          option
              + " "
              + file
              + ": no such folder "
              + folder
              + (Files.exists(folder) ? " (it is a file)" : "")
              + "; create it first");
    }
  }
}
