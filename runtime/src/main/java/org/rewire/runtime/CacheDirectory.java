package org.rewire.runtime;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where Rewire keeps downloads, decompressed data and extracted plugins between runs: {@code
 * REWIRE_CACHE} if set, else {@code $XDG_CACHE_HOME/rewire}, else {@code ~/.cache/rewire}.
 */
public final class CacheDirectory {
  private CacheDirectory() {}

  /** The cache folder for this environment (not created here). */
  public static Path resolve(Map<String, String> env) {
    String explicit = env.get("REWIRE_CACHE");
    if (explicit != null && !explicit.isBlank()) {
      return Path.of(explicit).toAbsolutePath();
    }
    String xdg = env.get("XDG_CACHE_HOME");
    if (xdg != null && !xdg.isBlank()) {
      return Path.of(xdg, "rewire").toAbsolutePath();
    }
    return Path.of(System.getProperty("user.home"), ".cache", "rewire");
  }

  /** The cache folder of this process's environment. */
  public static Path resolve() {
    return resolve(System.getenv());
  }
}
