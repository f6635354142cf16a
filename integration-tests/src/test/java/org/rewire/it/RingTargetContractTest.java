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

/**
 * The example vendor's ring target ({@code examples/ring-target}), loaded from a PF4J archive into
 * its own class loader, passes the plugin test kit and the runtime's YAML round trip: the kit works
 * on classes it does not share a loader with, as when a vendor's build runs it.
 */
class RingTargetContractTest extends HardwareTargetContract<Object>
    implements StrictMapperRoundTrip<Object> {
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
  public HardwareTargetProvider<Object> provider() {
    return ring;
  }

  @Override
  public Object config() {
    // The config class lives in the plugin's class loader: bind it the way the runtime does.
    return YamlSections.bind("{}", ring.configType());
  }
}
