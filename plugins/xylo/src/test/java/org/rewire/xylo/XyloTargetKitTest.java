package org.rewire.xylo;

import org.rewire.api.HardwareTargetProvider;
import org.rewire.testkit.HardwareTargetContract;

/** The xylo-class target passes the plugin test kit, on a small part of the chip. */
class XyloTargetKitTest extends HardwareTargetContract<XyloConfig> {
  @Override
  protected HardwareTargetProvider<XyloConfig> provider() {
    return new XyloTargetProvider();
  }

  @Override
  protected XyloConfig config() {
    return new XyloConfig(4, 40, 8, null, 6);
  }

  @Override
  protected int classes() {
    return 8;
  }
}
