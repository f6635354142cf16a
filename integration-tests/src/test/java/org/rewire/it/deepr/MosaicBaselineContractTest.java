package org.rewire.it.deepr;

import org.rewire.api.HardwareTarget;
import org.rewire.api.SparsifierProvider;
import org.rewire.deepr.MosaicBaselineConfig;
import org.rewire.deepr.MosaicBaselineProvider;
import org.rewire.it.StrictMapperRoundTrip;
import org.rewire.testkit.SparsifierContract;

/** {@code mosaic-baseline} passes the plugin test kit. */
class MosaicBaselineContractTest extends SparsifierContract<MosaicBaselineConfig>
    implements StrictMapperRoundTrip<MosaicBaselineConfig> {
  @Override
  public SparsifierProvider<MosaicBaselineConfig> provider() {
    return new MosaicBaselineProvider();
  }

  @Override
  public MosaicBaselineConfig config() {
    return new MosaicBaselineConfig(0.2, 4.0, 10.0, 1e-3, 2, 2.0, 0.1);
  }

  @Override
  protected HardwareTarget target() {
    return new MosaicGrid(3, 3, 8, 4);
  }
}
