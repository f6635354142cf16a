package org.rewire.it;

import org.rewire.api.HardwareTargetProvider;
import org.rewire.api.HopProfile;
import org.rewire.runtime.plugin.ProviderKind;
import org.rewire.testkit.HardwareTargetContract;

/** The built-in Mosaic target passes the plugin test kit (small grid, so the kit stays fast). */
class MosaicTargetContractTest extends HardwareTargetContract<Object>
    implements StrictMapperRoundTrip<Object> {
  private static final HardwareTargetProvider<Object> MOSAIC =
      BuiltInProviders.find(ProviderKind.TARGET, "mosaic");

  @Override
  public HardwareTargetProvider<Object> provider() {
    return MOSAIC;
  }

  @Override
  public Object config() {
    return BuiltInProviders.config(MOSAIC, "{rows: 3, cols: 3, tile_size: 8, inputs: 8}");
  }

  @Override
  protected HopProfile profile() {
    return HopProfile.parse("1:0.5,3:0.2");
  }
}
