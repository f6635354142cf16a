package org.rewire.runtime.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.rewire.api.InvalidConfigException;

class LearningRateScheduleTest {

  @Test
  void constantStepAndPolynomial() {
    assertThat(LearningRateSchedule.constant(0.002).rate(12345)).isEqualTo(0.002);

    LearningRateSchedule step = LearningRateSchedule.step(0.1, 10, 0.5);
    assertThat(step.rate(0)).isEqualTo(0.1);
    assertThat(step.rate(9)).isEqualTo(0.1);
    assertThat(step.rate(10)).isEqualTo(0.05);
    assertThat(step.rate(25)).isCloseTo(0.025, within(1e-12));

    LearningRateSchedule linear = LearningRateSchedule.polynomial(0.01, 0.001, 100, 1);
    assertThat(linear.rate(0)).isEqualTo(0.01);
    assertThat(linear.rate(50)).isCloseTo(0.0055, within(1e-12));
    assertThat(linear.rate(100)).isCloseTo(0.001, within(1e-12));
    assertThat(linear.rate(1000)).isCloseTo(0.001, within(1e-12));
    LearningRateSchedule square = LearningRateSchedule.polynomial(1, 0, 10, 2);
    assertThat(square.rate(5)).isCloseTo(0.25, within(1e-12));
  }

  @Test
  void rejectsBadSettings() {
    assertThatThrownBy(() -> LearningRateSchedule.constant(0))
        .isInstanceOf(InvalidConfigException.class);
    assertThatThrownBy(() -> LearningRateSchedule.step(0.1, 0, 0.5))
        .isInstanceOf(InvalidConfigException.class)
        .hasMessageContaining("> 0");
    assertThatThrownBy(() -> LearningRateSchedule.polynomial(0.1, 0.01, 0, 1))
        .isInstanceOf(InvalidConfigException.class);
  }
}
