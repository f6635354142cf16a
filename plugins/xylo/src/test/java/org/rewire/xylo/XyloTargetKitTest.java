package org.rewire.xylo;

import org.rewire.api.HardwareTargetProvider;
import org.rewire.testkit.HardwareTargetContract;

/**
 * The xylo-class target passes the plugin test kit, on a small part of the chip; the kit takes the
 * dataset's shape (8 classes, 4 inputs) from the target built without a dataset.
 */
class XyloTargetKitTest extends HardwareTargetContract<XyloConfig> {
  @Override
  protected HardwareTargetProvider<XyloConfig> provider() {
    return new XyloTargetProvider();
  }

  @Override
  protected XyloConfig config() {
    return new XyloConfig(4, 40, 8, null, 6);
  }
}
