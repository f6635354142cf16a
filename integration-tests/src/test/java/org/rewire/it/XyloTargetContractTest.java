package org.rewire.it;

import org.rewire.api.HardwareTargetProvider;
import org.rewire.runtime.plugin.ProviderKind;
import org.rewire.testkit.HardwareTargetContract;

/**
 * The built-in xylo-class target passes the plugin test kit as the runtime loads and binds it (a
 * small part of the chip, so the kit stays fast); the kit takes the dataset's shape from the
 * target.
 */
class XyloTargetContractTest extends HardwareTargetContract<Object>
    implements StrictMapperRoundTrip<Object> {
  private static final HardwareTargetProvider<Object> XYLO =
      BuiltInProviders.find(ProviderKind.TARGET, "xylo-class");

  @Override
  public HardwareTargetProvider<Object> provider() {
    return XYLO;
  }

  @Override
  public Object config() {
    return BuiltInProviders.config(XYLO, "{inputs: 8, hidden: 48, input_core: 12, fan_out: 8}");
  }
}
