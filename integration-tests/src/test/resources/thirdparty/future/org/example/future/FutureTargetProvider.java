package org.example.future;

import org.rewire.api.BuildContext;
import org.rewire.api.HardwareTarget;
import org.rewire.api.HardwareTargetProvider;

/** Built for an API that does not exist yet: Rewire must refuse it by its Plugin-Requires. */
public final class FutureTargetProvider implements HardwareTargetProvider<FutureTargetProvider.Config> {
  /** No settings. */
  public record Config() {}

  @Override
  public String type() {
    return "future";
  }

  @Override
  public Class<Config> configType() {
    return Config.class;
  }

  @Override
  public HardwareTarget create(Config config, BuildContext context) {
    throw new AssertionError("never loaded");
  }
}
