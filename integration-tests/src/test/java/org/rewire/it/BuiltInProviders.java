package org.rewire.it;

import java.util.ArrayList;
import java.util.List;
import org.rewire.api.Provider;
import org.rewire.runtime.plugin.ClasspathProviders;
import org.rewire.runtime.plugin.ProviderKind;
import org.rewire.runtime.plugin.ProviderRegistry;

/**
 * The built-in plugins as the runtime finds them on the class path: tests reach them through the
 * api, as any user of the distribution does, not through their classes.
 */
public final class BuiltInProviders {
  public static final ProviderRegistry REGISTRY =
      new ProviderRegistry(ClasspathProviders.discover(new ArrayList<>()), List.of());

  private BuiltInProviders() {}

  @SuppressWarnings("unchecked")
  public static <P extends Provider<Object, ?>> P find(ProviderKind kind, String type) {
    return (P) REGISTRY.find(kind, type).orElseThrow().provider();
  }

  /** The provider's config bound from a YAML section. */
  public static Object config(Provider<?, ?> provider, String yaml) {
    return YamlSections.bind(yaml, provider.configType());
  }
}
