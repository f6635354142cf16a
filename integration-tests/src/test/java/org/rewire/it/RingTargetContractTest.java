package org.rewire.it;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.rewire.api.ApiVersion;
import org.rewire.api.HardwareTargetProvider;
import org.rewire.runtime.plugin.ProviderDiscovery;
import org.rewire.runtime.plugin.ProviderKind;
import org.rewire.testkit.HardwareTargetContract;

/** The vendor's ring target, loaded from its PF4J archive, passes the plugin test kit. */
class RingTargetContractTest extends HardwareTargetContract<Object> {
  @TempDir static Path work;
  static ProviderDiscovery discovery;
  static HardwareTargetProvider<Object> ring;

  @BeforeAll
  @SuppressWarnings("unchecked")
  static void load() throws Exception {
    Path plugins = work.resolve("plugins");
    PluginArchives.zip(
        "ring",
        "ring-target",
        ">=" + ApiVersion.CURRENT,
        "org.example.ring.RingTargetProvider",
        plugins);
    discovery = ProviderDiscovery.discover(plugins, true, work.resolve("cache"));
    ring =
        (HardwareTargetProvider<Object>)
            discovery.registry().find(ProviderKind.TARGET, "ring").orElseThrow().provider();
  }

  @AfterAll
  static void unload() {
    discovery.close();
  }

  @Override
  protected HardwareTargetProvider<Object> provider() {
    return ring;
  }

  @Override
  protected Object config() {
    try {
      // The config class lives in the plugin's class loader: bind it the way the runtime does.
      return org.rewire.testkit.ConfigRoundTrip.defaults(ring.configType());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
