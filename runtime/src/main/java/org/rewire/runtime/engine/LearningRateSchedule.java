package org.rewire.runtime.engine;

import org.rewire.api.InvalidConfigException;
import org.rewire.api.Require;

/**
 * The learning rate as a function of the optimizer step (from 0). Pure: the same step always gives
 * the same rate.
 */
@FunctionalInterface
public interface LearningRateSchedule {

  /** The learning rate for step {@code step} (0 for the first update). */
  double rate(long step);

  /** Always {@code lr}. */
  static LearningRateSchedule constant(double lr) {
    Require.positive("learning_rate", lr);
    return step -> lr;
  }

  /** {@code lr * gamma^(step / every)}: multiplied by {@code gamma} every {@code every} steps. */
  static LearningRateSchedule step(double lr, long every, double gamma) {
    Require.positive("learning_rate", lr);
    if (every < 1) {
      throw new InvalidConfigException("every", "must be > 0, got " + every);
    }
    Require.positive("gamma", gamma);
    return step -> lr * Math.pow(gamma, step / every);
  }

  /**
   * Polynomial decay from {@code lr} to {@code end} over {@code total} steps: {@code end + (lr -
   * end) * (1 - step / total)^power}, then {@code end}. With {@code end = lr / 10} and power 1 this
   * is the paper code's linear decay to a tenth.
   */
  static LearningRateSchedule polynomial(double lr, double end, long total, double power) {
    Require.positive("learning_rate", lr);
    Require.nonNegative("end_learning_rate", end);
    if (total < 1) {
      throw new InvalidConfigException("total_steps", "must be > 0, got " + total);
    }
    Require.positive("power", power);
    return step -> {
      double f = Math.pow(1 - Math.min(step, total) / (double) total, power);
      // Weighted form so the first and last rates are exactly lr and end.
      return lr * f + end * (1 - f);
    };
  }
}
