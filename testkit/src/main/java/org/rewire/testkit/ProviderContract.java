package org.rewire.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rewire.api.DatasetProvider;
import org.rewire.api.HardwareTargetProvider;
import org.rewire.api.InvalidConfigException;
import org.rewire.api.Provider;
import org.rewire.api.SparsifierProvider;

/**
 * Checks every provider must pass, whatever its kind; the kind-specific suites extend it. The
 * config checks follow {@link Provider#configType()}'s contract through {@link ConfigRecord}; they
 * are skipped for a config that is a class rather than a record.
 *
 * @param <C> the provider's config record
 */
public abstract class ProviderContract<C> {
  /** The provider interfaces Rewire looks up in {@code META-INF/services}. */
  private static final List<Class<?>> KINDS =
      List.of(HardwareTargetProvider.class, SparsifierProvider.class, DatasetProvider.class);

  /** A fresh folder per test: the build context's folder for relative paths and caches. */
  @TempDir protected Path folder;

  /** The provider under test. */
  protected abstract Provider<C, ?> provider();

  /** A valid, representative config. */
  protected abstract C config();

  private ConfigRecord<C> configRecord() {
    Class<C> type = provider().configType();
    assumeTrue(type.isRecord(), "the kit checks config records; " + type.getName() + " is not one");
    return ConfigRecord.of(type);
  }

  /**
   * The provider is registered in {@code META-INF/services/<its kind's interface>}, with a public
   * no-argument constructor: how Rewire finds it, on the class path and in a plugin archive alike.
   * A provider that is not registered is silently absent from {@code rewire plugins}. Skipped for a
   * provider of no known kind.
   */
  @Test
  void providerIsRegisteredAsAService() {
    Provider<C, ?> provider = provider();
    Class<?> kind = KINDS.stream().filter(k -> k.isInstance(provider)).findFirst().orElse(null);
    assumeTrue(kind != null, "not a target, sparsifier or dataset provider");
    assertThat(registered(kind, provider.getClass().getClassLoader()))
        .as("providers registered in META-INF/services/%s", kind.getName())
        .contains(provider.getClass().getName());
  }

  private static List<String> registered(Class<?> kind, ClassLoader loader) {
    return ServiceLoader.load(kind, loader).stream().map(p -> p.type().getName()).toList();
  }

  @Test
  void typeIsAStableKebabCaseName() {
    assertThat(provider().type()).matches("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    assertThat(provider().configType()).isEqualTo(config().getClass());
  }

  /** Keys are snake_case; a key that may be left out is of a type that can be null. */
  @Test
  void configKeysAreSnakeCaseAndOptionalOnesCanBeLeftOut() {
    assertThat(configRecord().shapeProblems())
        .as("config record %s", config().getClass())
        .isEmpty();
  }

  /**
   * The config rebuilt from its own values is equal to it: the resolved {@code config.yaml} a run
   * writes (every default filled in) binds back to the same experiment, which is what {@code rewire
   * run --resume} and re-running a run folder rely on.
   */
  @Test
  void configRebuildsFromItsOwnValues() {
    ConfigRecord<C> record = configRecord();
    C config = config();
    assertThat(record.bind(record.values(config))).isEqualTo(config);
    C defaults = record.defaults(config);
    assertThat(record.bind(record.values(defaults))).isEqualTo(defaults);
  }

  /** A section that gives only the required keys binds: every other key has a default. */
  @Test
  void aSectionWithOnlyTheRequiredKeysBinds() {
    ConfigRecord<C> record = configRecord();
    try {
      assertThat(record.defaults(config())).isNotNull();
    } catch (InvalidConfigException e) {
      fail(
          "a section with only the required keys %s fails at '%s': %s. Give that key a default in"
              + " the compact constructor, or mark it @JsonProperty(required = true)",
          record.requiredKeys(), e.field(), e.getMessage());
    }
  }

  /**
   * A required key written as {@code key: null} fails with an {@link InvalidConfigException} that
   * names that key, so the runtime can point at its line. Skipped when no key is required.
   */
  @Test
  void aRequiredKeyGivenNullFailsNamingIt() {
    ConfigRecord<C> record = configRecord();
    List<String> required = record.requiredKeys();
    assumeTrue(!required.isEmpty(), "no key is required");
    for (String key : required) {
      if (record.keyType(key).isPrimitive()) {
        continue; // the mapper refuses null for a primitive before the constructor runs
      }
      Map<String, Object> values = record.values(config());
      values.put(key, null);
      assertThat(catchThrowable(() -> record.bind(values)))
          .as("%s: null must fail with an InvalidConfigException naming '%s'", key, key)
          .isInstanceOfSatisfying(
              InvalidConfigException.class, e -> assertThat(e.field()).isEqualTo(key));
    }
  }
}
