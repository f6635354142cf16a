package org.rewire.runtime.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import org.rewire.runtime.CacheDirectory;
import org.rewire.runtime.plugin.PluginFailure;
import org.rewire.runtime.plugin.ProviderDiscovery;

/** What one invocation of the command line works with: environment and output streams. */
final class Session {
  private final Map<String, String> env;
  private final PrintWriter out;
  private final PrintWriter err;

  Session(Map<String, String> env, PrintWriter out, PrintWriter err) {
    this.env = env;
    this.out = out;
    this.err = err;
  }

  PrintWriter out() {
    return out;
  }

  PrintWriter err() {
    return err;
  }

  Map<String, String> env() {
    return env;
  }

  Path cache() {
    return CacheDirectory.resolve(env);
  }

  /**
   * Discovers providers. The plugins folder is {@code explicit} if given, else {@code
   * REWIRE_PLUGINS}, else the distribution's {@code plugins/} folder ({@code rewire.home}); a
   * folder the user named must exist.
   */
  ProviderDiscovery discover(Path explicit) {
    ProviderDiscovery discovery = discoverForListing(explicit);
    // A plugin that did not load is no error while nothing needs it, but the user must hear of
    // it: an experiment naming its type would otherwise only hear "unknown type".
    for (PluginFailure failure : discovery.registry().failures()) {
      err.println("rewire: warning: " + failure);
    }
    return discovery;
  }

  /** {@link #discover} without the warnings, for {@code rewire plugins}, which lists failures. */
  ProviderDiscovery discoverForListing(Path explicit) {
    if (explicit != null) {
      return ProviderDiscovery.discover(explicit, true, cache());
    }
    String fromEnv = env.get("REWIRE_PLUGINS");
    if (fromEnv != null && !fromEnv.isBlank()) {
      return ProviderDiscovery.discover(Path.of(fromEnv), true, cache());
    }
    String home = System.getProperty("rewire.home");
    Path bundled = home == null ? null : Path.of(home, "plugins");
    return ProviderDiscovery.discover(bundled, false, cache());
  }
}
