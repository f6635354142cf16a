package org.rewire.runtime.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.rewire.api.InvalidConfigException;

class InputConfigTest {
  private static InputConfig read(String yaml) throws Exception {
    return StrictMapper.binder().treeToValue(StrictMapper.yaml().readTree(yaml), InputConfig.class);
  }

  @Test
  void defaultsAreThePapersBinning() {
    InputConfig input = InputConfig.defaults();

    assertThat(input.steps()).isEqualTo(100);
    assertThat(input.duration()).isEqualTo(1.4);
    assertThat(input.dt()).isCloseTo(0.014, within(1e-12));
  }

  @Test
  void anyTwoOfStepsDurationAndDtGiveTheThird() throws Exception {
    assertThat(read("steps: 50\ndt: 0.002").duration()).isCloseTo(0.1, within(1e-12));
    assertThat(read("duration: 1.4\ndt: 0.001").steps()).isEqualTo(1400);
    assertThat(read("dt: 0.001").duration()).isCloseTo(0.1, within(1e-12));
    assertThat(read("steps: 1400\nduration: 1.4\ndt: 0.001").steps()).isEqualTo(1400);
  }

  @Test
  void disagreeingTimesAreRefused() {
    assertThatThrownBy(() -> read("steps: 100\nduration: 1.4\ndt: 0.001"))
        .hasRootCauseInstanceOf(InvalidConfigException.class)
        .rootCause()
        .hasMessageContaining("does not equal duration 1.4");
    assertThatThrownBy(() -> read("duration: 1.4\ndt: 0.003"))
        .rootCause()
        .hasMessageContaining("not a whole number of steps");
  }

  @Test
  void theResolvedSectionReadsBackEqual() throws Exception {
    InputConfig input = read("duration: 1.4\ndt: 0.001\nchannels: 128");
    JsonNode tree = StrictMapper.binder().valueToTree(input);

    assertThat(StrictMapper.binder().treeToValue(tree, InputConfig.class)).isEqualTo(input);
    assertThat(
            StrictMapper.binder()
                .treeToValue(
                    StrictMapper.binder().valueToTree(InputConfig.defaults()), InputConfig.class))
        .isEqualTo(InputConfig.defaults());
  }
}
