package org.rewire.shd;

import java.nio.file.Path;

/**
 * A data file that cannot be used as it is: not HDF5, damaged, a field missing or holding values
 * outside its contract. The message is one line that names the file and the field, for example
 * {@code shd_train.h5: spikes/units[17]: unit 812 outside [0, 700)}; providers turn it into an
 * {@link org.rewire.api.InvalidConfigException} on the config field that named the file.
 */
public class DataFileException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * @param file the file, shown by its name only (full paths make the message unreadable)
   * @param field the HDF5 field, for example {@code spikes/units[17]}, or empty for the whole file
   * @param problem what is wrong, for example {@code unit 812 outside [0, 700)}
   */
  public DataFileException(Path file, String field, String problem) {
    super(describe(file, field, problem));
  }

  /** As {@link #DataFileException(Path, String, String)}, keeping the low-level cause. */
  public DataFileException(Path file, String field, String problem, Throwable cause) {
    super(describe(file, field, problem), cause);
  }

  private static String describe(Path file, String field, String problem) {
    String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    return name + ": " + (field.isEmpty() ? "" : field + ": ") + problem;
  }
}
