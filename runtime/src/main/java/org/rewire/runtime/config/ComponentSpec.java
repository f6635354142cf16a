package org.rewire.runtime.config;

import org.rewire.runtime.plugin.InstalledProvider;

/**
 * A plugin-owned section after binding: the provider its {@code type:} picked and the bound config
 * record.
 */
public record ComponentSpec(InstalledProvider provider, Object config) {
  /** The section's {@code type:}. */
  public String type() {
    return provider.type();
  }
}
