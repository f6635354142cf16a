package org.rewire.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.rewire.api.Provider;

/**
 * What the test kit cannot check without the runtime, added to our own contract tests: the config
 * survives the runtime's strict mapper (written as YAML, read back equal) and an empty section
 * binds through it. A contract test implements this next to extending a kit suite, with its {@code
 * provider()} and {@code config()} made public.
 *
 * @param <C> the provider's config record
 */
public interface StrictMapperRoundTrip<C> {
  /** The provider under test. */
  Provider<C, ?> provider();

  /** A valid, representative config. */
  C config();

  @Test
  default void configSurvivesTheRuntimesYamlMapper() throws Exception {
    C config = config();
    assertThat(YamlSections.viaYaml(config, provider().configType())).isEqualTo(config);
    assertThat(YamlSections.bind("{}", provider().configType()))
        .as("an empty section binds: every field has a default")
        .isNotNull();
  }
}
