package org.rewire.runtime.report.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class TickLabelsTest {
  /** The labels XChart's logarithmic ticks m * 10^e (m = 1..9) in view from min to max get. */
  static List<String> logLabels(double min, double max) {
    Function<Double, String> labels = TickLabels.log(min, max);
    List<String> shown = new ArrayList<>();
    for (int e = (int) Math.floor(Math.log10(min)); e <= Math.ceil(Math.log10(max)); e++) {
      for (int m = 1; m <= 9; m++) {
        double t = Math.pow(10, e) * m;
        String text = labels.apply(t);
        if (t >= min && t <= max && !text.isEmpty()) {
          shown.add(text);
        }
      }
    }
    return shown;
  }

  @Test
  void linearLabelsAreShortAndLargeAxesUseSuffixes() {
    Function<Double, String> synapses = TickLabels.linear(96_000, false);
    assertThat(synapses.apply(30_000.0)).isEqualTo("30k");
    assertThat(synapses.apply(500.0)).isEqualTo("500");
    assertThat(synapses.apply(1_250_000.0)).isEqualTo("1.25M");
    assertThat(synapses.apply(0.0)).isEqualTo("0");
    Function<Double, String> loss = TickLabels.linear(1.39, false);
    assertThat(loss.apply(1.32)).isEqualTo("1.32");
    assertThat(loss.apply(2.0)).isEqualTo("2");
    assertThat(TickLabels.linear(9_999, false).apply(5000.0)).isEqualTo("5000");
    assertThat(TickLabels.text(461_264, true)).isEqualTo("461.264k");
  }

  @Test
  void anIntegerAxisLabelsATickBetweenWholeNumbersAsTheNearerOne() {
    // XChart rejects a tick step whose labels repeat, so epochs never tick at 1.5.
    Function<Double, String> epochs = TickLabels.linear(12, true);
    assertThat(epochs.apply(3.0)).isEqualTo("3");
    assertThat(epochs.apply(1.5)).isEqualTo(epochs.apply(2.0));
  }

  @Test
  void logLabelsThinOutWithTheDecadesSpanned() {
    assertThat(logLabels(290_000, 660_000_000))
        .containsExactly("300k", "1M", "3M", "10M", "30M", "100M", "300M");
    assertThat(logLabels(1e5, 1e6)).containsExactly("100k", "200k", "300k", "500k", "1M");
    assertThat(logLabels(285_000, 2_330_000)).containsExactly("300k", "500k", "1M", "2M");
    assertThat(logLabels(450_000, 2_000_000))
        .containsExactly("500k", "600k", "700k", "800k", "900k", "1M", "2M");
    assertThat(logLabels(1, 1e20)).hasSizeLessThanOrEqualTo(TickLabels.MAX_LABELS).contains("1");
  }

  @Test
  void theEndsOfANarrowLogRangeAreLabelledExactly() {
    // Narrower than a step between two ticks, XChart labels the range's ends.
    Function<Double, String> labels = TickLabels.log(450_000, 520_000);
    assertThat(labels.apply(500_000.0)).isEqualTo("500k");
    assertThat(labels.apply(461_264.0)).isEqualTo("461.264k");
  }
}
