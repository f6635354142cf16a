package org.rewire.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rewire.api.BuildContext;
import org.rewire.api.Provider;
import org.rewire.api.Require;

/** {@link ProviderContract}'s config checks fail a config record that breaks the contract. */
class ProviderContractTest {

  /** A provider of nothing but its config, for checking config records. */
  record ConfigOnly<C>(String type, Class<C> configType) implements Provider<C, Object> {
    @Override
    public Object create(C config, BuildContext context) {
      return config;
    }
  }

  /** The suite a vendor would write, over a provider of {@code type} with one config. */
  abstract static class ConfigSuite<C> extends ProviderContract<C> {
    private final Provider<C, ?> provider;
    private final C config;

    @SuppressWarnings("unchecked")
    ConfigSuite(String type, C config) {
      this.provider = new ConfigOnly<>(type, (Class<C>) config.getClass());
      this.config = config;
    }

    @Override
    protected Provider<C, ?> provider() {
      return provider;
    }

    @Override
    protected C config() {
      return config;
    }
  }

  /** Rows default to 2 and must be positive; the name is required. */
  record Good(@JsonProperty(required = true) String name, Integer rows) {
    Good {
      name = Require.nonBlank("name", name);
      rows = Require.positive("rows", Require.orDefault(rows, 2));
    }
  }

  static class GoodSuite extends ConfigSuite<Good> {
    GoodSuite() {
      super("good", new Good("chip", 3));
    }
  }

  /** A primitive that cannot be left out, a camelCase key. */
  record BadShape(int rows, @JsonProperty("tileSize") Integer tileSize) {}

  static class BadShapeSuite extends ConfigSuite<BadShape> {
    BadShapeSuite() {
      super("bad-shape", new BadShape(2, 3));
    }
  }

  /** The constructor rounds up to an even number of rows each time: not stable. */
  record Drifts(Integer rows) {
    Drifts {
      rows = Require.orDefault(rows, 2) / 2 * 2 + 2;
    }
  }

  static class DriftsSuite extends ConfigSuite<Drifts> {
    DriftsSuite() {
      super("drifts", new Drifts(4));
    }
  }

  /** {@code rows} has no default and is not marked required; {@code name} does not check null. */
  record NoDefault(@JsonProperty(required = true) String name, Integer rows) {
    NoDefault {
      rows = Require.positive("rows", rows);
    }
  }

  /** Also a type that is not kebab-case. */
  static class NoDefaultSuite extends ConfigSuite<NoDefault> {
    NoDefaultSuite() {
      super("no_default", new NoDefault("chip", 3));
    }
  }

  @Test
  void aConfigThatKeepsTheContractPassesEveryCheck() {
    Map<String, String> outcomes = KitRun.outcomes(GoodSuite.class);
    assertThat(outcomes.remove("providerIsRegisteredAsAService"))
        .as("skipped: a provider of no known kind")
        .startsWith("ABORTED");
    assertThat(outcomes)
        .hasSize(5)
        .allSatisfy((test, outcome) -> assertThat(outcome).isEqualTo("SUCCESSFUL"));
  }

  @Test
  void aPrimitiveWithoutDefaultAndACamelCaseKeyAreNamed() {
    assertThat(
            KitRun.outcomes(BadShapeSuite.class)
                .get("configKeysAreSnakeCaseAndOptionalOnesCanBeLeftOut"))
        .startsWith("FAILED")
        .contains("rows: a primitive int binds 0")
        .contains("tileSize: not a snake_case key");
  }

  @Test
  void aConstructorThatChangesItsOwnValuesFailsTheRebuild() {
    assertThat(KitRun.outcomes(DriftsSuite.class).get("configRebuildsFromItsOwnValues"))
        .startsWith("FAILED")
        .contains("Drifts[rows=6]");
  }

  @Test
  void aKeyWithoutDefaultAndARequiredKeyThatTakesNullAreNamed() {
    Map<String, String> outcomes = KitRun.outcomes(NoDefaultSuite.class);
    assertThat(outcomes.get("aSectionWithOnlyTheRequiredKeysBinds"))
        .startsWith("FAILED")
        .contains("fails at 'rows'");
    assertThat(outcomes.get("aRequiredKeyGivenNullFailsNamingIt"))
        .startsWith("FAILED")
        .contains("name: null");
    assertThat(outcomes.get("typeIsAStableKebabCaseName")).startsWith("FAILED");
  }
}
