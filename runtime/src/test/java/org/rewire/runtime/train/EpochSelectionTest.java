package org.rewire.runtime.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rewire.runtime.metrics.MetricsRow;

/** Model selection on given metrics rows: the best validation epoch, the earliest of equals. */
class EpochSelectionTest {

  /** Rows of epochs 1, 2, ... with these validation accuracies (none when null) and test ones. */
  static List<MetricsRow> rows(double[] validation, double[] test) {
    List<MetricsRow> rows = new ArrayList<>();
    for (int i = 0; i < test.length; i++) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("epoch", i + 1);
      row.put("train_accuracy", 0.9);
      if (validation != null) {
        row.put("validation_accuracy", validation[i]);
      }
      row.put("test_accuracy", test[i]);
      rows.add(MetricsRow.of(row));
    }
    return rows;
  }

  @Test
  void picksTheEpochOfHighestValidationAccuracyAndItsTestAccuracy() {
    EpochSelection s =
        EpochSelection.of(
            rows(new double[] {0.50, 0.80, 0.70, 0.60}, new double[] {0.40, 0.61, 0.75, 0.90}));

    assertThat(s.method()).isEqualTo(EpochSelection.Method.BEST_VALIDATION_EPOCH);
    assertThat(s.epoch()).hasValue(2);
    assertThat(s.validationAccuracy()).isEqualTo(0.80);
    // The test set's own best (0.90, epoch 4) plays no part.
    assertThat(s.testAccuracy()).isEqualTo(0.61);
    assertThat(s.lastTestAccuracy()).isEqualTo(0.90);
  }

  @Test
  void amongEqualValidationAccuraciesTheEarliestEpochWins() {
    EpochSelection s =
        EpochSelection.of(
            rows(
                new double[] {0.5, 0.75, 0.6, 0.75, 0.75}, new double[] {0.1, 0.2, 0.3, 0.4, 0.5}));

    assertThat(s.epoch()).hasValue(2);
    assertThat(s.testAccuracy()).isEqualTo(0.2);
    EpochSelection flat = EpochSelection.of(rows(new double[] {0.5, 0.5}, new double[] {0.1, 0.9}));
    assertThat(flat.epoch()).hasValue(1);
  }

  @Test
  void withoutAValidationSplitTheLastEpochIsReportedAndNothingSelected() {
    EpochSelection s = EpochSelection.of(rows(null, new double[] {0.4, 0.9, 0.7}));

    assertThat(s.method()).isEqualTo(EpochSelection.Method.LAST_EPOCH);
    assertThat(s.epoch()).hasValue(3);
    assertThat(s.testAccuracy()).isEqualTo(0.7).isEqualTo(s.lastTestAccuracy());
    assertThat(s.validationAccuracy()).isNull();
  }

  @Test
  void noEpochNoFigures() {
    EpochSelection s = EpochSelection.of(List.of());

    assertThat(s.method()).isEqualTo(EpochSelection.Method.LAST_EPOCH);
    assertThat(s.epoch()).isEmpty();
    assertThat(s.testAccuracy()).isNull();
    assertThat(s.lastTestAccuracy()).isNull();
  }
}
