package org.rewire.it.deepr;

import org.rewire.api.ChipConstraints;
import org.rewire.api.Connectivity;
import org.rewire.api.HardwareTarget;
import org.rewire.api.HopProfile;
import org.rewire.api.HopTarget;
import org.rewire.api.InputWeights;
import org.rewire.api.Layout;
import org.rewire.api.MappingReport;
import org.rewire.api.MemoryEstimate;

/** A hop target that delegates to another and counts the calls to {@link #map}. */
final class CountingTarget implements HopTarget {
  private final HopTarget target;
  private int maps;

  CountingTarget(HardwareTarget target) {
    this.target = HopTarget.of(target).orElseThrow();
  }

  /** Calls to {@link #map} so far. */
  int maps() {
    return maps;
  }

  @Override
  public Layout layout() {
    return target.layout();
  }

  @Override
  public int distance(int fromCore, int toCore) {
    return target.distance(fromCore, toCore);
  }

  @Override
  public ChipConstraints constraints() {
    return target.constraints();
  }

  @Override
  public MappingReport map(Connectivity network) {
    maps++;
    return target.map(network);
  }

  @Override
  public MappingReport map(Connectivity network, InputWeights inputs) {
    maps++;
    return target.map(network, inputs);
  }

  @Override
  public MemoryEstimate estimate(HopProfile profile, int samples, long seed) {
    return target.estimate(profile, samples, seed);
  }
}
