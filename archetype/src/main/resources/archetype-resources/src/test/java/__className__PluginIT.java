package ${package};

import java.nio.file.Path;
import org.rewire.testkit.PluginArchiveContract;

/**
 * The packaged zip loads into Rewire as {@code rewire plugins --plugins DIR} loads it, and the
 * sample experiment trains on it, mapping after every epoch. Runs after {@code package} (failsafe);
 * skipped unless {@code -Drewire.launcher=/path/to/rewire} (or {@code REWIRE_LAUNCHER}) names Rewire.
 */
class ${className}PluginIT extends PluginArchiveContract {
  @Override
  protected Path experiment() {
    return Path.of("experiment.yaml");
  }
}
