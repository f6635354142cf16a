package org.example.ring;

import org.rewire.api.Require;

/**
 * The {@code target:} section of type {@code ring}. Keys are the components in snake_case ({@code
 * core_size}); a key left out is {@code null} here and takes its default.
 *
 * @param cores cores around the ring, default 8
 * @param coreSize neurons per core, default 4
 * @param capacity lines a core's input port carries (one per neuron of another core that reaches
 *     it), default 16
 * @throws org.rewire.api.InvalidConfigException naming the key, if a value is not positive
 */
public record RingConfig(Integer cores, Integer coreSize, Integer capacity) {
  public RingConfig {
    cores = Require.positive("cores", Require.orDefault(cores, 8));
    coreSize = Require.positive("core_size", Require.orDefault(coreSize, 4));
    capacity = Require.positive("capacity", Require.orDefault(capacity, 16));
  }
}
