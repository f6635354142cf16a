package org.rewire.runtime.config;

import org.rewire.api.Require;

/**
 * The {@code model:} section: the recurrent LIF network and how input spikes become time steps.
 *
 * @param tau membrane time constant, seconds (default 0.045)
 * @param thr firing threshold (default 1.0)
 * @param dt simulation time constant step used for the decay {@code exp(-dt / tau)}, seconds
 *     (default 0.001, as in the paper's code)
 * @param steps time steps (bins) per sample (default 100)
 * @param duration seconds of each recording binned into {@code steps} (default 1.4)
 * @param surrogate the surrogate derivative by name (default {@code fast-sigmoid}: {@code 1 / (10
 *     |v - thr| + 1)^2})
 */
public record ModelConfig(
    Double tau, Double thr, Double dt, Integer steps, Double duration, String surrogate) {
  public ModelConfig {
    tau = Require.positive("tau", Require.orDefault(tau, 0.045));
    thr = Require.positive("thr", Require.orDefault(thr, 1.0));
    dt = Require.positive("dt", Require.orDefault(dt, 0.001));
    steps = Require.inRange("steps", Require.orDefault(steps, 100), 1, 100_000);
    duration = Require.positive("duration", Require.orDefault(duration, 1.4));
    surrogate = Require.nonBlank("surrogate", Require.orDefault(surrogate, "fast-sigmoid"));
  }
}
