package org.rewire.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rewire.api.Provider;

/**
 * Checks every provider must pass, whatever its kind; the kind-specific suites extend it.
 *
 * @param <C> the provider's config record
 */
public abstract class ProviderContract<C> {
  @TempDir protected Path folder;

  /** The provider under test. */
  protected abstract Provider<C, ?> provider();

  /** A valid, representative config. */
  protected abstract C config();

  @Test
  void typeIsAStableKebabCaseName() {
    assertThat(provider().type()).matches("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    assertThat(provider().configType()).isEqualTo(config().getClass());
  }

  @Test
  void configSurvivesAYamlRoundTripAndDefaultsBind() throws Exception {
    C config = config();
    assertThat(ConfigRoundTrip.viaYaml(config, provider().configType())).isEqualTo(config);
    assertThat(ConfigRoundTrip.defaults(provider().configType()))
        .as("an empty section binds: every field has a default or is marked required")
        .isNotNull();
  }
}
