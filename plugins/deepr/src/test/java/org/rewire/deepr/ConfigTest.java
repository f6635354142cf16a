package org.rewire.deepr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.rewire.api.HopProfile;
import org.rewire.api.InvalidConfigException;

class ConfigTest {
  @Test
  void defaultsAreThePapersCodeValues() {
    RoutingAwareConfig ra = new RoutingAwareConfig(null, null, null, null, null, null);
    assertThat(ra.profile()).isEqualTo(HopProfile.parse("1:0.5,3:0.05"));
    assertThat(ra.pruneCount()).isEqualTo(20);
    assertThat(ra.wThr()).isEqualTo(0.1);
    assertThat(ra.alpha()).isEqualTo(2.0);
    assertThat(ra.protectOutput()).isTrue();
    assertThat(ra.mappableAttempts()).isEqualTo(20);
    DeepRConfig deepr = new DeepRConfig(null, null, null, null, null, null);
    assertThat(deepr.connectivity()).isEqualTo(0.1);
    assertThat(deepr.l1()).isEqualTo(1e-5);
    assertThat(deepr.temperatureAt(2e-3)).isEqualTo(1e-13);
    assertThat(deepr.scope()).isEqualTo(DeepRConfig.Scope.GLOBAL);
    MosaicBaselineConfig base = new MosaicBaselineConfig(null, null, null, null, null, null, null);
    assertThat(base.lambdaCon()).isEqualTo(0.1);
    assertThat(base.beta()).isEqualTo(8.0);
    assertThat(base.pruneThreshold()).isEqualTo(5e-4);
    assertThat(base.pruneStartStep()).isEqualTo(10);
    assertThat(base.clipStd()).isEqualTo(2.5);
  }

  @Test
  void theHopCostIsExpMinusOneCappedAtEToTheCap() {
    MosaicBaselineConfig base = new MosaicBaselineConfig(null, null, null, null, null, null, null);
    assertThat(base.hopCost(0)).isZero();
    assertThat(base.hopCost(1))
        .isCloseTo(Math.exp(8) - 1, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(base.hopCost(3)).isEqualTo(Math.exp(15));
  }

  @Test
  void badValuesNameTheirField() {
    assertThatThrownBy(() -> new RoutingAwareConfig(null, -1, null, null, null, null))
        .isInstanceOf(InvalidConfigException.class)
        .extracting(e -> ((InvalidConfigException) e).field())
        .isEqualTo("prune_count");
    assertThatThrownBy(() -> new RoutingAwareConfig(null, null, 0.0, null, null, null))
        .extracting(e -> ((InvalidConfigException) e).field())
        .isEqualTo("w_thr");
    assertThatThrownBy(() -> new RoutingAwareConfig(null, null, null, null, null, -1))
        .extracting(e -> ((InvalidConfigException) e).field())
        .isEqualTo("mappable_attempts");
    assertThatThrownBy(() -> new DeepRConfig(null, null, null, -1.0, null, null))
        .extracting(e -> ((InvalidConfigException) e).field())
        .isEqualTo("temperature");
    assertThatThrownBy(() -> new MosaicBaselineConfig(null, null, null, null, -2, null, null))
        .extracting(e -> ((InvalidConfigException) e).field())
        .isEqualTo("prune_start_step");
  }

  @Test
  void freshLinkWeightsAreAtLeastWThrAndSpreadByAlpha() {
    LinkWeights weights = new LinkWeights(0.1, 2.0);
    SplittableRandom random = new SplittableRandom(1);
    double sumExcess = 0;
    double sumSquares = 0;
    int negative = 0;
    int n = 20_000;
    for (int k = 0; k < n; k++) {
      float w = weights.draw(random);
      assertThat(Math.abs(w)).isGreaterThanOrEqualTo(0.1f);
      double excess = Math.abs(w) - 0.1;
      sumExcess += excess;
      sumSquares += excess * excess;
      negative += w < 0 ? 1 : 0;
    }
    // |v| with v ~ 0.2 N(0,1): mean 0.2 sqrt(2/pi), second moment 0.04.
    assertThat(sumExcess / n)
        .isCloseTo(0.2 * Math.sqrt(2 / Math.PI), org.assertj.core.data.Offset.offset(0.005));
    assertThat(sumSquares / n).isCloseTo(0.04, org.assertj.core.data.Offset.offset(0.002));
    assertThat(negative).isBetween(n / 2 - 500, n / 2 + 500);
  }
}
