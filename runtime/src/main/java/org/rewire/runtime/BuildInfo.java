package org.rewire.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version and git commit Rewire was built from, filled in by the build. */
public record BuildInfo(String version, String commit, boolean dirty) {

  /** This build. */
  public static final BuildInfo CURRENT = load();

  private static BuildInfo load() {
    try (InputStream in = BuildInfo.class.getResourceAsStream("build.properties")) {
      Properties p = new Properties();
      if (in != null) {
        p.load(in);
      }
      String commit = p.getProperty("commit", "");
      return new BuildInfo(
          p.getProperty("version", "unknown"),
          commit.isEmpty() || commit.startsWith("${") ? "unknown" : commit,
          "true".equals(p.getProperty("dirty")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
