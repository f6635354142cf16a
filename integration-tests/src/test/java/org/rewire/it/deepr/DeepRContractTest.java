package org.rewire.it.deepr;

import org.rewire.api.HardwareTarget;
import org.rewire.api.SparsifierProvider;
import org.rewire.deepr.DeepRConfig;
import org.rewire.deepr.DeepRProvider;
import org.rewire.it.StrictMapperRoundTrip;
import org.rewire.testkit.SparsifierContract;

/** {@code deepr} passes the plugin test kit. */
class DeepRContractTest extends SparsifierContract<DeepRConfig>
    implements StrictMapperRoundTrip<DeepRConfig> {
  @Override
  public SparsifierProvider<DeepRConfig> provider() {
    return new DeepRProvider();
  }

  @Override
  public DeepRConfig config() {
    return new DeepRConfig(0.2, null, 1e-4, 1e-6, DeepRConfig.Scope.BLOCK, 0.1);
  }

  @Override
  protected HardwareTarget target() {
    return new MosaicGrid(3, 3, 8, 4);
  }
}
