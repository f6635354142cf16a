package org.rewire.runtime.nir;

/**
 * How NIR's continuous-time neuron equations become a step of {@code dt}: NIR itself leaves this to
 * each simulator. For the LIF membrane {@code tau dv/dt = (v_leak - v) + r I} (with {@code v_leak =
 * 0}) both give {@code v_t = a v_{t-1} + g I_t}; for CubaLIF's current {@code tau_syn di/dt = -i +
 * w_in I} both give {@code i_t = a_syn i_{t-1} + (1 - a_syn) w_in I_t}.
 */
public enum Discretization {
  /**
   * The exact solution for an input held over the step: {@code a = exp(-dt/tau)}, {@code g = r (1 -
   * a)}. Rewire's own dynamics, and Rockpool's.
   */
  EXACT,
  /**
   * Forward Euler: {@code a = 1 - dt/tau}, {@code g = r dt/tau}, as snnTorch and Norse export and
   * import ({@code tau = dt / (1 - beta)}, {@code r = tau / dt}).
   */
  EULER;

  /** The decay per step of a time constant {@code tau}, both in seconds. */
  public double decay(double tau, double dt) {
    return this == EXACT ? Math.exp(-dt / tau) : 1 - dt / tau;
  }

  /** The factor {@code (1 - a)} of the exact step, {@code dt/tau} of Euler's. */
  public double inflow(double tau, double dt) {
    return this == EXACT ? -Math.expm1(-dt / tau) : dt / tau;
  }
}
