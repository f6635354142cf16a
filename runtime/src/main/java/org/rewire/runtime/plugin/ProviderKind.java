package org.rewire.runtime.plugin;

import org.rewire.api.DatasetProvider;
import org.rewire.api.HardwareTargetProvider;
import org.rewire.api.Provider;
import org.rewire.api.SparsifierProvider;

/** The kinds of plugin, each with the experiment section it configures. */
public enum ProviderKind {
  DATASET("dataset", DatasetProvider.class),
  TARGET("target", HardwareTargetProvider.class),
  SPARSIFIER("sparsifier", SparsifierProvider.class);

  private final String section;
  private final Class<? extends Provider<?, ?>> service;

  @SuppressWarnings({"unchecked", "rawtypes"})
  ProviderKind(String section, Class service) {
    this.section = section;
    this.service = service;
  }

  /** The YAML section, also the name shown to users ("target"). */
  public String section() {
    return section;
  }

  /** The service interface providers of this kind implement. */
  public Class<? extends Provider<?, ?>> service() {
    return service;
  }
}
