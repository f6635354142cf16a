package org.rewire.it.deepr;

import org.rewire.api.HardwareTarget;
import org.rewire.api.SparsifierProvider;
import org.rewire.deepr.DenseConfig;
import org.rewire.deepr.DenseSparsifierProvider;
import org.rewire.it.StrictMapperRoundTrip;
import org.rewire.testkit.SparsifierContract;

/** {@code none} passes the plugin test kit. */
class DenseContractTest extends SparsifierContract<DenseConfig>
    implements StrictMapperRoundTrip<DenseConfig> {
  @Override
  public SparsifierProvider<DenseConfig> provider() {
    return new DenseSparsifierProvider();
  }

  @Override
  public DenseConfig config() {
    return new DenseConfig(0.2);
  }

  @Override
  protected HardwareTarget target() {
    return new MosaicGrid(3, 3, 8, 4);
  }
}
