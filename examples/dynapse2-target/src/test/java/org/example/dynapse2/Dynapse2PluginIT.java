package org.example.dynapse2;

import java.nio.file.Path;
import org.rewire.testkit.PluginArchiveContract;

/**
 * The packaged zip loads into Rewire as {@code rewire plugins --plugins DIR} loads it, and the short
 * experiment trains on it with {@code constrained-deepr}, mapping with no violation after every
 * epoch. Runs after {@code package} (failsafe); skipped when {@code rewire.launcher} names no Rewire.
 */
class Dynapse2PluginIT extends PluginArchiveContract {
  @Override
  protected Path experiment() {
    return Path.of("experiment-randman.yaml");
  }
}
