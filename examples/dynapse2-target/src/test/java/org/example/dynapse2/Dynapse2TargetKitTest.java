package org.example.dynapse2;

import org.rewire.api.HardwareTargetProvider;
import org.rewire.testkit.HardwareTargetContract;

/**
 * The board passes Rewire's plugin test kit: its config record keeps the binding contract, its
 * provider is registered, its layout and constraints agree, and its mappings are consistent,
 * deterministic and thread-safe, with every exceeded CAM, SRAM and tag capacity a violation whose
 * blamed synapses carry its load. A small board (4 chips of 4 cores of 16 neurons, 8 CAM entries, 4
 * SRAM entries, 100 tags) so that the kit's dense random network exceeds all three in milliseconds.
 */
class Dynapse2TargetKitTest extends HardwareTargetContract<Dynapse2Config> {
  @Override
  protected HardwareTargetProvider<Dynapse2Config> provider() {
    return new Dynapse2TargetProvider();
  }

  @Override
  protected Dynapse2Config config() {
    return new Dynapse2Config(4, 16, 8, 8, 4, 100);
  }
}
