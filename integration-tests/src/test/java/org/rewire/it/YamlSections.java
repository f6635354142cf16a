package org.rewire.it;

import org.rewire.runtime.config.StrictMapper;

/**
 * Binds YAML sections to config records with the runtime's strict mapper, as {@code rewire run}
 * does: for tests that reach a provider only through the api, where the config class may live in a
 * plugin's class loader.
 */
public final class YamlSections {
  private YamlSections() {}

  /**
   * Binds a section (without its {@code type:}) to {@code type}.
   *
   * @throws IllegalArgumentException if the section does not bind, with the mapper's message
   */
  public static <C> C bind(String yaml, Class<C> type) {
    try {
      return StrictMapper.binder().treeToValue(StrictMapper.yaml().readTree(yaml), type);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException(e.getOriginalMessage(), e);
    }
  }

  /** {@code config} written as YAML text and bound back. */
  public static <C> C viaYaml(C config, Class<C> type) throws Exception {
    String yaml = StrictMapper.yaml().writeValueAsString(StrictMapper.binder().valueToTree(config));
    return bind(yaml, type);
  }
}
