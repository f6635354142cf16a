package org.rewire.api;

/**
 * A neuromorphic chip as training and mapping see it.
 *
 * <p>Contract: instances are immutable after construction and safe to use from several threads.
 * {@link #distance} is cheap (called inside rewiring loops), symmetric is not required, {@code
 * distance(c, c) == 0}. {@link #map} and {@link #estimate} are deterministic: the same input (and
 * seed) gives the same report.
 */
public interface HardwareTarget {

  /** Where neurons sit; the engine's network has exactly {@code layout().neurons()} neurons. */
  Layout layout();

  /**
   * Hops (routers traversed) from core {@code fromCore} to core {@code toCore}; 0 on the diagonal.
   */
  int distance(int fromCore, int toCore);

  /**
   * Places, routes and counts memory for a network on this chip's layout.
   *
   * @param network synapses over {@code layout().neurons()} neurons
   * @throws IllegalArgumentException if the network has another number of neurons
   */
  MappingReport map(Connectivity network);

  /**
   * Estimates memory for a hop profile without training: maps {@code samples} random networks drawn
   * with that profile from {@code seed}.
   */
  MemoryEstimate estimate(HopProfile profile, int samples, long seed);
}
