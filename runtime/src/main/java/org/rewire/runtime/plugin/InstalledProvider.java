package org.rewire.runtime.plugin;

import org.rewire.api.Provider;

/** A provider found at start-up, with its kind and origin. */
public record InstalledProvider(ProviderKind kind, Provider<?, ?> provider, ProviderOrigin origin) {
  /** The YAML type it answers to. */
  public String type() {
    return provider.type();
  }
}
