package org.rewire.it.deepr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.rewire.api.Sparsifier;
import org.rewire.deepr.MosaicBaselineConfig;
import org.rewire.deepr.MosaicBaselineProvider;
import org.rewire.testkit.ArrayInputWeights;
import org.rewire.testkit.ArraySparseNetwork;
import org.rewire.testkit.KitBuildContext;
import org.rewire.testkit.KitRewiringContext;

/** The Mosaic baseline's penalty, pruning and clip against hand computations. */
class MosaicBaselineTest {
  /** Three tiles in a row, two neurons each: tiles 0-1 and 1-2 are 1 hop apart, 0-2 are 5. */
  static final MosaicGrid ROW = new MosaicGrid(1, 3, 2, 2);

  static Sparsifier baseline(MosaicBaselineConfig config) {
    return new MosaicBaselineProvider()
        .create(config, KitBuildContext.of(1, Path.of(".")).withTarget(ROW));
  }

  static MosaicBaselineConfig config(double beta, double capExponent) {
    return new MosaicBaselineConfig(0.1, beta, capExponent, 5e-4, 10, 2.5, 0.1);
  }

  @Test
  void thePenaltyAndItsGradientMatchAHandComputation() {
    ArraySparseNetwork network = ArraySparseNetwork.withoutOutputRecurrence(ROW.layout());
    // beta 0.5 and cap e^2: a 1-hop synapse costs e^0.5 - 1, a 5-hop one min(e^2.5 - 1, e^2) = e^2.
    Sparsifier sparsifier = baseline(config(0.5, 2));
    KitRewiringContext context = new KitRewiringContext(ROW, 1);
    sparsifier.initialize(network, context);
    assertThat(network.activeCount()).as("dense: 36 minus the 4 output-output").isEqualTo(32);
    network.forEachActive((pre, post, w) -> network.setWeight(pre, post, 0f));
    network.setWeight(0, 1, 3f); // same tile: free
    network.setWeight(0, 2, 2f); // tiles 0 -> 1: 1 hop
    network.setWeight(3, 1, -1f); // tiles 1 -> 0: 1 hop
    network.setWeight(1, 5, 0.5f); // tiles 0 -> 2: 5 hops, capped
    network.forEachActive((pre, post, w) -> network.setGradient(pre, post, 1f));

    double value = sparsifier.penalty(network, context);

    double oneHop = Math.exp(0.5) - 1;
    double capped = Math.exp(2);
    double mean = (oneHop * 4 + oneHop * 1 + capped * 0.25) / 36;
    assertThat(value).isCloseTo(0.1 * mean, offset(1e-12));
    assertThat(network.gradient(0, 1)).isEqualTo(1f);
    assertThat((double) network.gradient(0, 2))
        .isCloseTo(1 + 2 * 0.1 * oneHop * 2 / 36, offset(1e-6));
    assertThat((double) network.gradient(3, 1)).isCloseTo(1 - 2 * 0.1 * oneHop / 36, offset(1e-6));
    assertThat((double) network.gradient(1, 5))
        .isCloseTo(1 + 2 * 0.1 * capped * 0.5 / 36, offset(1e-6));
    assertThat(network.gradient(2, 0)).as("zero weight, zero penalty gradient").isEqualTo(1f);
  }

  @Test
  void pruningStartsAtItsStepAndLeavesZeroedWeightsTrainable() {
    ArraySparseNetwork network = ArraySparseNetwork.withoutOutputRecurrence(ROW.layout());
    Sparsifier sparsifier = baseline(new MosaicBaselineConfig(0.1, 8.0, 15.0, 5e-4, 3, 0.0, 0.1));
    KitRewiringContext context = new KitRewiringContext(ROW, 1);
    sparsifier.initialize(network, context);
    network.setWeight(0, 2, 4e-4f);
    network.setWeight(0, 3, -6e-4f);
    for (int step = 0; step < 3; step++) {
      sparsifier.afterStep(network, context);
      assertThat(network.weight(0, 2)).as("step %d: before the start step", step).isEqualTo(4e-4f);
      context.nextStep();
    }
    sparsifier.afterStep(network, context);
    assertThat(network.weight(0, 2)).isZero();
    assertThat(network.active(0, 2)).as("zeroed, still trainable").isTrue();
    assertThat(network.weight(0, 3)).isEqualTo(-6e-4f);
    assertThat(context.reports().get("pruned")).isEqualTo(1.0);
    assertThat(context.reports().get("synapses")).isEqualTo(31.0);
    network.setWeight(0, 2, 0.3f);
    assertThat(network.weight(0, 2)).isEqualTo(0.3f);
  }

  @Test
  void weightsAreClippedToClipStdTimesTheStandardDeviationOfW() {
    ArraySparseNetwork network = ArraySparseNetwork.withoutOutputRecurrence(ROW.layout());
    Sparsifier sparsifier = baseline(new MosaicBaselineConfig(0.1, 8.0, 15.0, 5e-4, 0, 2.5, 0.1));
    KitRewiringContext context = new KitRewiringContext(ROW, 1);
    sparsifier.initialize(network, context);
    network.forEachActive((pre, post, w) -> network.setWeight(pre, post, 0.1f));
    network.setWeight(0, 1, 100f);
    network.setWeight(0, 2, 1e-4f); // pruned first, so it counts as 0 in std(W)
    // Over the 36 entries of W: thirty 0.1, one 100, five 0 (four excluded, one pruned).
    double mean = (30 * 0.1 + 100) / 36;
    double var = (30 * 0.01 + 10000 - 36 * mean * mean) / 35;
    float bound = (float) (2.5 * Math.sqrt(var));

    sparsifier.afterStep(network, context);

    assertThat(network.weight(0, 1)).isEqualTo(bound);
    assertThat(network.weight(0, 2)).isZero();
    assertThat(network.weight(1, 0)).isEqualTo(0.1f);
  }

  /**
   * The paper's code holds input and recurrent weights in one N x N matrix W (input channel c in
   * row c, inside the input tile's diagonal block): the penalty's mean and the clip's std(W) run
   * over that W. The expected numbers are the paper code's formulas applied by hand (numpy: {@code
   * W.std(ddof=1) * 2.5} and {@code 0.1 * np.mean(M * W**2)}) to this 6 x 6 W:
   *
   * <pre>
   *        0     1     2    3    4    5
   *   0  [ 2.0  -2.6  0.5  0    0    0   ]   row 0: channel 0's inputs (cols 0-1), then recurrent
   *   1  [ 1e-4  0.3  0    0    0    0.5 ]   row 1: channel 1's inputs (cols 0-1), then recurrent
   *   2  [ 3.0   0    0    0.2  0    0   ]
   *   3  [ 0    -1.0  0    0    0    0   ]
   *   4  [ 0     0    1e-4 0    0    0   ]
   *   5  [ 0     0    0    0    0    0   ]
   * </pre>
   */
  @Test
  void thePenaltyMeanAndTheClipBoundRunOverTheInputWeightsAsInThePaperCodesW() {
    ArraySparseNetwork network = ArraySparseNetwork.paperModel(ROW.layout());
    ArrayInputWeights inputs = (ArrayInputWeights) network.inputWeights();
    Sparsifier sparsifier = baseline(new MosaicBaselineConfig(0.1, 0.5, 2.0, 5e-4, 0, 2.5, 0.1));
    KitRewiringContext context = new KitRewiringContext(ROW, 1);
    sparsifier.initialize(network, context);
    assertThat(network.activeCount())
        .as("36 entries less tile 0's block (inputs) and the 4 output-output ones")
        .isEqualTo(28);
    network.forEachActive((pre, post, w) -> network.setWeight(pre, post, 0f));
    inputs.setWeight(0, 0, 2.0f);
    inputs.setWeight(0, 1, -2.6f);
    inputs.setWeight(1, 0, 1e-4f);
    inputs.setWeight(1, 1, 0.3f);
    network.setWeight(0, 2, 0.5f);
    network.setWeight(1, 5, 0.5f);
    network.setWeight(2, 0, 3.0f);
    network.setWeight(2, 3, 0.2f);
    network.setWeight(3, 1, -1.0f);
    network.setWeight(4, 2, 1e-4f);
    inputs.setGradient(0, 0, 1f);

    assertThat(sparsifier.penalty(network, context)).isCloseTo(0.023601825155267195, offset(1e-9));
    assertThat(inputs.gradient(0, 0)).as("inside a tile: no penalty gradient").isEqualTo(1f);

    sparsifier.afterStep(network, context);

    float bound = 1.9436889121723124f;
    assertThat(inputs.weight(1, 0)).as("input weights are pruned too").isZero();
    assertThat(network.weight(4, 2)).isZero();
    assertThat(network.weight(2, 0)).isCloseTo(bound, offset(1e-6f));
    assertThat(inputs.weight(0, 0))
        .as("input weights are clipped too")
        .isCloseTo(bound, offset(1e-6f));
    assertThat(inputs.weight(0, 1)).isCloseTo(-bound, offset(1e-6f));
    assertThat(inputs.weight(1, 1)).isEqualTo(0.3f);
    assertThat(network.weight(3, 1)).isEqualTo(-1.0f);
    assertThat(context.reports().get("pruned")).isEqualTo(2.0);
    assertThat(context.reports().get("synapses")).as("non-zero recurrent weights").isEqualTo(5.0);

    sparsifier.afterEpoch(network, context);
    assertThat(context.reports())
        .containsEntry("synapses_d0", 1.0)
        .containsEntry("synapses_d1", 3.0)
        .containsEntry("synapses_d5", 1.0)
        .containsEntry("input_weights", 3.0);
    assertThat(context.reports().get("clip_bound")).isCloseTo(bound, offset(1e-6));
  }
}
