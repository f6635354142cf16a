package org.rewire.runtime.config;

import org.rewire.api.Require;

/**
 * The {@code model:} section: the recurrent LIF network and its input.
 *
 * @param tau membrane time constant, seconds (default 0.045)
 * @param thr firing threshold (default 1.0)
 * @param dt the time step of the membrane decay {@code exp(-dt / tau)}, seconds (default 0.001, as
 *     in the paper's code, independent of the input bin width)
 * @param surrogate the surrogate derivative by name (default {@code fast-sigmoid}: {@code 1 / (10
 *     |v - thr| + 1)^2})
 * @param input how spike events become input steps
 */
public record ModelConfig(Double tau, Double thr, Double dt, String surrogate, InputConfig input) {
  public ModelConfig {
    tau = Require.positive("tau", Require.orDefault(tau, 0.045));
    thr = Require.positive("thr", Require.orDefault(thr, 1.0));
    dt = Require.positive("dt", Require.orDefault(dt, 0.001));
    surrogate = Require.nonBlank("surrogate", Require.orDefault(surrogate, "fast-sigmoid"));
    input = Require.orDefault(input, InputConfig.defaults());
  }
}
