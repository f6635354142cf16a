package org.rewire.deepr;

import java.util.random.RandomGenerator;

/**
 * The weights a new link starts with (paper section 2): {@code w = v + sign(v) * w_thr} with {@code
 * v ~ alpha * w_thr * N(0, 1)}, so every fresh weight has {@code |w| >= w_thr} and survives the
 * next pruning unless training shrinks it. {@code sign(0)} is taken as +1.
 *
 * @param wThr the magnitude a weight needs to count as strong when links are pruned
 * @param alpha the spread of the fresh weights beyond {@code w_thr}, in units of {@code w_thr}
 */
record LinkWeights(double wThr, double alpha) {

  /** One fresh weight. */
  float draw(RandomGenerator random) {
    double v = alpha * wThr * random.nextGaussian();
    return (float) (v + (v < 0 ? -wThr : wThr));
  }
}
