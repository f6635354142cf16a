package org.rewire.it.deepr;

import org.rewire.api.HardwareTarget;
import org.rewire.api.SparsifierProvider;
import org.rewire.deepr.FixedProfileConfig;
import org.rewire.deepr.FixedProfileProvider;
import org.rewire.it.StrictMapperRoundTrip;
import org.rewire.testkit.SparsifierContract;

/** {@code fixed-profile} passes the plugin test kit. */
class FixedProfileContractTest extends SparsifierContract<FixedProfileConfig>
    implements StrictMapperRoundTrip<FixedProfileConfig> {
  @Override
  public SparsifierProvider<FixedProfileConfig> provider() {
    return new FixedProfileProvider();
  }

  @Override
  public FixedProfileConfig config() {
    return new FixedProfileConfig(org.rewire.api.HopProfile.parse("1:0.8,3:0.2"), 0.05, 1.0);
  }

  @Override
  protected HardwareTarget target() {
    return new MosaicGrid(3, 3, 8, 4);
  }
}
