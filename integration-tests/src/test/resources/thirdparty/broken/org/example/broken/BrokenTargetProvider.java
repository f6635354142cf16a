package org.example.broken;

import org.rewire.api.BuildContext;
import org.rewire.api.HardwareTarget;
import org.rewire.api.HardwareTargetProvider;

/** A plugin whose factory fails: Rewire must name it and keep the others working. */
public final class BrokenTargetProvider implements HardwareTargetProvider<BrokenTargetProvider.Config> {
  /** No settings. */
  public record Config() {}

  @Override
  public String type() {
    return "broken";
  }

  @Override
  public Class<Config> configType() {
    return Config.class;
  }

  @Override
  public HardwareTarget create(Config config, BuildContext context) {
    throw new UnsupportedOperationException("the broken chip's driver is missing");
  }
}
