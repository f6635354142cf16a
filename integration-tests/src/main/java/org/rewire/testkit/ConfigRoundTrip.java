package org.rewire.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import org.rewire.runtime.config.StrictMapper;

/** Writes a config record as YAML and reads it back with Rewire's strict mapper. */
public final class ConfigRoundTrip {
  private ConfigRoundTrip() {}

  /** {@code config} after YAML text and back: equal to it if the record is well formed. */
  public static <C> C viaYaml(C config, Class<C> type) throws Exception {
    String yaml = StrictMapper.yaml().writeValueAsString(StrictMapper.binder().valueToTree(config));
    JsonNode tree = StrictMapper.yaml().readTree(yaml);
    return StrictMapper.binder().treeToValue(tree, type);
  }

  /** Binds a YAML section (without its {@code type:}) to {@code type}, as the runtime would. */
  public static <C> C fromYaml(String yaml, Class<C> type) throws Exception {
    return StrictMapper.binder().treeToValue(StrictMapper.yaml().readTree(yaml), type);
  }

  /** Binds an empty section: the config a user gets by writing only {@code type:}. */
  public static <C> C defaults(Class<C> type) throws Exception {
    return StrictMapper.binder().treeToValue(StrictMapper.binder().createObjectNode(), type);
  }
}
