package org.example.explosive;

import org.rewire.api.BuildContext;
import org.rewire.api.HardwareTarget;
import org.rewire.api.HardwareTargetProvider;

/** A plugin whose provider cannot even be instantiated: Rewire must list the others. */
public final class ExplosiveTargetProvider
    implements HardwareTargetProvider<ExplosiveTargetProvider.Config> {
  /** No settings. */
  public record Config() {}

  public ExplosiveTargetProvider() {
    throw new IllegalStateException("the explosive chip's license server is unreachable");
  }

  @Override
  public String type() {
    return "explosive";
  }

  @Override
  public Class<Config> configType() {
    return Config.class;
  }

  @Override
  public HardwareTarget create(Config config, BuildContext context) {
    throw new AssertionError("never built");
  }
}
