package org.rewire.it.deepr;

import org.rewire.api.HardwareTarget;
import org.rewire.api.SparsifierProvider;
import org.rewire.deepr.ConstrainedDeepRConfig;
import org.rewire.deepr.ConstrainedDeepRProvider;
import org.rewire.it.StrictMapperRoundTrip;
import org.rewire.testkit.CappedGridTarget;
import org.rewire.testkit.SparsifierContract;

/** {@code constrained-deepr} passes the plugin test kit, on a chip with caps and no hops. */
class ConstrainedDeepRContractTest extends SparsifierContract<ConstrainedDeepRConfig>
    implements StrictMapperRoundTrip<ConstrainedDeepRConfig> {
  @Override
  public SparsifierProvider<ConstrainedDeepRConfig> provider() {
    return new ConstrainedDeepRProvider();
  }

  @Override
  public ConstrainedDeepRConfig config() {
    return new ConstrainedDeepRConfig(
        0.5,
        null,
        ConstrainedDeepRConfig.Scope.CORE,
        ConstrainedDeepRConfig.Rewire.STEP,
        1e-4,
        1e-6,
        0.1,
        4);
  }

  @Override
  protected HardwareTarget target() {
    return new CappedGridTarget(4, 8, 8, 4, 3, 4);
  }
}
