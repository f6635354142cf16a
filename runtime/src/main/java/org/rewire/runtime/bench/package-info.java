/**
 * Measuring hardware targets through the api alone: random networks with a hop profile on any
 * target's layout ({@link org.rewire.runtime.bench.RandomLinkNetworks}) and the time {@code
 * HardwareTarget.map} takes on them ({@link org.rewire.runtime.bench.MapBenchmark}). Timings are
 * wall-clock medians of repeated calls after a warm-up in the same JVM; they are figures for a
 * README, not test assertions.
 */
package org.rewire.runtime.bench;
