package org.example.legacy;

import org.rewire.api.BuildContext;
import org.rewire.api.HardwareTarget;
import org.rewire.api.HardwareTargetProvider;
import org.rewire.api.Require;

/**
 * A target plugin as a vendor wrote it for rewire-api 0.1.1 (before chip constraints and hop
 * targets): compiled by LegacyPluginTest against that api's sources, never against the current one.
 */
public final class LegacyTargetProvider
    implements HardwareTargetProvider<LegacyTargetProvider.Config> {

  /**
   * The {@code target:} section of type {@code legacy-chain}.
   *
   * @param cores cores in a chain, default 4
   * @param coreSize neurons per core, default 8
   * @param capacity lines each core's input port carries, default 8
   */
  public record Config(Integer cores, Integer coreSize, Integer capacity) {
    public Config {
      cores = Require.positive("cores", Require.orDefault(cores, 4));
      coreSize = Require.positive("core_size", Require.orDefault(coreSize, 8));
      capacity = Require.positive("capacity", Require.orDefault(capacity, 8));
    }
  }

  @Override
  public String type() {
    return "legacy-chain";
  }

  @Override
  public Class<Config> configType() {
    return Config.class;
  }

  @Override
  public HardwareTarget create(Config config, BuildContext context) {
    return new LegacyChainTarget(config, context.classes().orElse(2));
  }
}
