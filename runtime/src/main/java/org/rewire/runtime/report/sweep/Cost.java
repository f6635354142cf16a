package org.rewire.runtime.report.sweep;

/** What a point's accuracy is weighed against: each has its own Pareto fronts and chart. */
public enum Cost {
  /** Memory devices of the mapped network. */
  MEMORY,
  /** Synapses of the trained network. */
  SYNAPSES;

  /** The point's mean cost. */
  double of(ReportPoint p) {
    return this == MEMORY ? p.memory() : p.synapses();
  }
}
