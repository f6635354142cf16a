package org.rewire.runtime.config;

import org.rewire.api.InvalidConfigException;
import org.rewire.api.Require;

/**
 * The {@code output:} section.
 *
 * @param dir the folder that holds run folders, relative to the working directory (default {@code
 *     runs})
 * @param name the run folder's name inside {@code dir} (default: the experiment's name); a plain
 *     name, never a path
 */
public record OutputConfig(String dir, String name) {
  public OutputConfig {
    dir = Require.nonBlank("dir", Require.orDefault(dir, "runs"));
    if (name != null && !name.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,127}")) {
      throw new InvalidConfigException(
          "name",
          "must be a plain folder name (letters, digits, '.', '_', '-'; no '/' or '..'), got '"
              + name
              + "'");
    }
  }
}
