package org.rewire.api;

import java.util.Optional;

/**
 * A {@link HardwareTarget} whose cores are some number of hops (routers) apart, such as Mosaic: the
 * capability that hop profiles, routing-aware DeepR, the hop-penalty baseline, {@code rewire
 * estimate} and {@code rewire bench-map} need. A chip without a notion of hops implements only
 * {@link HardwareTarget}; those uses then refuse it with one line.
 *
 * <p>Contract: as {@link HardwareTarget}'s. {@link #distance} is cheap (called inside rewiring
 * loops), need not be symmetric, and {@code distance(c, c) == 0}. {@link #estimate} is
 * deterministic for a seed.
 *
 * @since api 0.2.0 (before, every target had these methods)
 */
public interface HopTarget extends HardwareTarget {

  /**
   * Hops (routers traversed) from core {@code fromCore} to core {@code toCore}; 0 on the diagonal.
   *
   * @throws IndexOutOfBoundsException if a core is outside {@code [0, layout().cores())}
   */
  int distance(int fromCore, int toCore);

  /**
   * Estimates memory for a hop profile without training: maps {@code samples} random networks drawn
   * with that profile from {@code seed} (the proxy of Weber et al. 2024).
   *
   * @throws IllegalArgumentException if {@code samples < 1}
   */
  MemoryEstimate estimate(HopProfile profile, int samples, long seed);

  /** {@code target} as a hop target, when it is one. */
  static Optional<HopTarget> of(HardwareTarget target) {
    return target instanceof HopTarget h ? Optional.of(h) : Optional.empty();
  }

  /**
   * {@code target} as a hop target.
   *
   * @param user what needs hops, for the message (for example {@code routing-aware-deepr})
   * @param field the config field to report, for example {@code type}
   * @throws InvalidConfigException naming {@code field} when the target has no hop distances
   */
  static HopTarget require(HardwareTarget target, String user, String field) {
    return of(target)
        .orElseThrow(
            () ->
                new InvalidConfigException(
                    field,
                    user
                        + " needs a target with hop distances between its cores; "
                        + HopTarget.describe(target)
                        + " has none"));
  }

  /** How messages name a target: its class's simple name. */
  private static String describe(HardwareTarget target) {
    String name = target.getClass().getSimpleName();
    return "the target" + (name.isEmpty() ? "" : " (" + name + ")");
  }
}
