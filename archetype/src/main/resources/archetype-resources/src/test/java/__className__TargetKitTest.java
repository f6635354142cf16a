package ${package};

import org.rewire.api.HardwareTargetProvider;
import org.rewire.testkit.HardwareTargetContract;

/**
 * The target passes Rewire's plugin test kit: config binding, registration, layout and constraints,
 * deterministic and thread-safe mappings, violations that blame the synapses carrying their load.
 * Every check is inherited; a small config so that the kit's dense random network overloads it.
 */
class ${className}TargetKitTest extends HardwareTargetContract<${className}Config> {
  @Override
  protected HardwareTargetProvider<${className}Config> provider() {
    return new ${className}TargetProvider();
  }

  @Override
  protected ${className}Config config() {
    return new ${className}Config(4, 16, 8, 8, 12);
  }
}
