package org.example.ring;

import org.rewire.api.Require;

/** A ring of cores; each core's input port carries at most {@code capacity} lines. */
public record RingConfig(Integer cores, Integer coreSize, Integer capacity) {
  public RingConfig {
    cores = Require.positive("cores", Require.orDefault(cores, 8));
    coreSize = Require.positive("core_size", Require.orDefault(coreSize, 4));
    capacity = Require.positive("capacity", Require.orDefault(capacity, 16));
  }
}
