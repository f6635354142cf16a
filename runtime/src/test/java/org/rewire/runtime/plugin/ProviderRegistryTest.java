package org.rewire.runtime.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rewire.runtime.testplugins.GridTargetProvider;

class ProviderRegistryTest {
  @Test
  void twoProvidersOfOneTypeFailNamingBothSources() {
    InstalledProvider a =
        new InstalledProvider(
            ProviderKind.TARGET,
            new GridTargetProvider(),
            new ProviderOrigin("built-in", "1", "a.jar"));
    InstalledProvider b =
        new InstalledProvider(
            ProviderKind.TARGET,
            new GridTargetProvider(),
            new ProviderOrigin("vendor", "2", "b.zip"));
    assertThatThrownBy(() -> new ProviderRegistry(List.of(a, b), List.of()))
        .isInstanceOf(DuplicateProviderException.class)
        .hasMessage(
            "two target providers answer to type 'test-grid': plugin 'built-in' 1 (a.jar) and"
                + " plugin 'vendor' 2 (b.zip); remove one of them");
  }

  @Test
  void sameTypeOfDifferentKindsIsFine() {
    InstalledProvider a =
        new InstalledProvider(
            ProviderKind.TARGET, new GridTargetProvider(), new ProviderOrigin("x", "1", "a.jar"));
    ProviderRegistry registry = new ProviderRegistry(List.of(a), List.of());
    assertThat(registry.find(ProviderKind.TARGET, "test-grid")).isPresent();
    assertThat(registry.find(ProviderKind.SPARSIFIER, "test-grid")).isEmpty();
    assertThat(registry.types(ProviderKind.TARGET)).containsExactly("test-grid");
  }
}
