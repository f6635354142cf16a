package org.rewire.deepr;

import java.util.random.RandomGenerator;
import org.rewire.api.SparseNetwork;

/**
 * DeepR's parameter update (Bellec et al. 2018, "Deep Rewiring", ICLR, Algorithm 1; PAPER.md
 * section 3), shared by {@code deepr} and {@code constrained-deepr}: after an optimizer step each
 * active synapse's parameter {@code theta = s w} (its fixed sign {@code s} times its weight) moves
 * by {@code -eta l1} (the L1 shrink) plus Langevin noise {@code sqrt(2 eta T) N(0, 1)}; the weight
 * becomes {@code s theta}, or, when {@code theta <= 0}, the synapse turns dormant.
 */
final class ParameterRule {
  private ParameterRule() {}

  /** What becomes of a synapse whose parameter fell to 0 or below. */
  interface Dormancy {
    /** Takes synapse {@code pre -> post} out of the network (and counts it as its owner needs). */
    void turnDormant(int pre, int post);
  }

  /**
   * The temperature at learning rate {@code eta}: {@code temperature} when set, else the official
   * script's {@code eta * 1e-10 / 2} (noise standard deviation {@code eta * 1e-5}).
   */
  static double temperatureAt(Double temperature, double eta) {
    return temperature != null ? temperature : eta * 1e-10 / 2;
  }

  /**
   * Applies the rule to every synapse active in {@code network}, in row order (read into {@code
   * snapshot}, so dormancy does not disturb the walk), drawing the noise from {@code random}.
   *
   * @param sign the fixed sign of every possible synapse, {@code pre * n + post}: -1, 0 or +1
   * @param eta the learning rate of the step, > 0
   * @param l1 the L1 strength, >= 0
   * @param temperature the noise temperature T, >= 0 (0: no noise, no draw)
   * @return the number of synapses turned dormant
   */
  static long apply(
      SparseNetwork network,
      ActiveSynapses snapshot,
      byte[] sign,
      double eta,
      double l1,
      double temperature,
      RandomGenerator random,
      Dormancy dormancy) {
    int n = network.neurons();
    double shrink = eta * l1;
    double noise = Math.sqrt(2 * eta * temperature);
    snapshot.fill(network);
    long dormant = 0;
    for (int k = 0; k < snapshot.size(); k++) {
      int pre = snapshot.pre(k);
      int post = snapshot.post(k);
      int s = sign[pre * n + post];
      double theta = s * (double) snapshot.weight(k) - shrink;
      if (noise > 0) {
        theta += noise * random.nextGaussian();
      }
      if (theta > 0) {
        network.setWeight(pre, post, (float) (s * theta));
      } else {
        dormancy.turnDormant(pre, post);
        dormant++;
      }
    }
    return dormant;
  }
}
