package org.rewire.runtime.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.rewire.runtime.plugin.InstalledProvider;

/**
 * A plugin-owned section after binding: the provider its {@code type:} picked and the bound config
 * record.
 */
public record ComponentSpec(InstalledProvider provider, Object config) {
  /** The section's {@code type:}. */
  public String type() {
    return provider.type();
  }

  /**
   * This section with {@code settings} (YAML key, dotted for nested keys, to value) written over
   * its config and bound again, strictly: what a provider derived while building, so the config
   * holds it.
   *
   * @throws IllegalArgumentException if a key is unknown to the config record or a value does not
   *     bind (the provider's fault, not the user's)
   */
  public ComponentSpec withSettings(Map<String, Object> settings) {
    if (settings.isEmpty()) {
      return this;
    }
    ObjectNode tree = StrictMapper.binder().valueToTree(config);
    for (Map.Entry<String, Object> s : settings.entrySet()) {
      String[] path = s.getKey().split("\\.");
      ObjectNode parent = tree;
      for (int i = 0; i < path.length - 1; i++) {
        parent = parent.get(path[i]) instanceof ObjectNode o ? o : parent.putObject(path[i]);
      }
      parent.set(path[path.length - 1], StrictMapper.binder().valueToTree(s.getValue()));
    }
    try {
      return new ComponentSpec(
          provider, StrictMapper.binder().treeToValue(tree, config.getClass()));
    } catch (JsonProcessingException | RuntimeException e) {
      throw new IllegalArgumentException(
          "its derived settings " + settings + " do not bind: " + e.getMessage(), e);
    }
  }
}
