package org.example.ring;

import org.rewire.api.HardwareTargetProvider;
import org.rewire.api.HopProfile;
import org.rewire.testkit.HardwareTargetContract;

/**
 * The ring passes Rewire's plugin test kit: its config record keeps the binding contract, its
 * provider is registered, and its layout, distances, mappings and estimates are consistent,
 * deterministic and thread-safe. Every check is inherited; this class only says what to test.
 */
class RingTargetKitTest extends HardwareTargetContract<RingConfig> {
  @Override
  protected HardwareTargetProvider<RingConfig> provider() {
    return new RingTargetProvider();
  }

  @Override
  protected RingConfig config() {
    return new RingConfig(6, 8, 12);
  }

  @Override
  protected HopProfile profile() {
    return HopProfile.parse("1:0.5,2:0.1");
  }
}
