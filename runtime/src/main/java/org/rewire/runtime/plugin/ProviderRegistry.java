package org.rewire.runtime.plugin;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Every installed provider by kind and type, plus the plugins that failed to load. Immutable once
 * built; safe to share between threads.
 */
public final class ProviderRegistry {
  private final Map<ProviderKind, Map<String, InstalledProvider>> byKind;
  private final List<PluginFailure> failures;

  /**
   * @throws DuplicateProviderException if two providers of one kind share a type
   */
  public ProviderRegistry(List<InstalledProvider> providers, List<PluginFailure> failures) {
    byKind = new EnumMap<>(ProviderKind.class);
    for (ProviderKind kind : ProviderKind.values()) {
      byKind.put(kind, new TreeMap<>());
    }
    for (InstalledProvider p : providers) {
      InstalledProvider previous = byKind.get(p.kind()).putIfAbsent(p.type(), p);
      if (previous != null) {
        throw new DuplicateProviderException(previous, p);
      }
    }
    this.failures = List.copyOf(failures);
  }

  /** The provider of {@code kind} answering to {@code type}, if installed. */
  public Optional<InstalledProvider> find(ProviderKind kind, String type) {
    return Optional.ofNullable(byKind.get(kind).get(type));
  }

  /** The installed types of {@code kind}, sorted. */
  public List<String> types(ProviderKind kind) {
    return List.copyOf(byKind.get(kind).keySet());
  }

  /** All installed providers, by kind then type. */
  public List<InstalledProvider> all() {
    List<InstalledProvider> all = new ArrayList<>();
    byKind.values().forEach(m -> all.addAll(m.values()));
    all.sort(Comparator.comparing(InstalledProvider::kind).thenComparing(InstalledProvider::type));
    return all;
  }

  /** Plugins that failed to load, in the order they were tried. */
  public List<PluginFailure> failures() {
    return failures;
  }
}
