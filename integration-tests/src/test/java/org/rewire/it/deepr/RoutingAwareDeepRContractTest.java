package org.rewire.it.deepr;

import org.rewire.api.HardwareTarget;
import org.rewire.api.SparsifierProvider;
import org.rewire.deepr.RoutingAwareConfig;
import org.rewire.deepr.RoutingAwareDeepRProvider;
import org.rewire.it.StrictMapperRoundTrip;
import org.rewire.testkit.SparsifierContract;

/** {@code routing-aware-deepr} passes the plugin test kit. */
class RoutingAwareDeepRContractTest extends SparsifierContract<RoutingAwareConfig>
    implements StrictMapperRoundTrip<RoutingAwareConfig> {
  @Override
  public SparsifierProvider<RoutingAwareConfig> provider() {
    return new RoutingAwareDeepRProvider();
  }

  @Override
  public RoutingAwareConfig config() {
    return new RoutingAwareConfig(
        org.rewire.api.HopProfile.parse("1:0.8,3:0.2"), 4, 0.1, 2.0, true, null);
  }

  @Override
  protected HardwareTarget target() {
    return new MosaicGrid(3, 3, 8, 4);
  }
}
