package org.rewire.runtime.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rewire.runtime.engine.simd.LaneKernels;
import org.rewire.runtime.engine.simd.ScalarLaneKernels;

class DeterminismTest {
  private static final List<BinnedSample> BATCH = TestNetworks.samples(40, 15, 8, 4, 0.25, 11);

  private static Run train(String neuron, int threads, LaneKernels kernels) {
    SpikingNetwork net = TestNetworks.random(4, 8, 4, 0.3, 10, neuron);
    Run run = new Run();
    try (Engine engine =
        new Engine(net, new EngineOptions(threads, EngineOptions.DEFAULT_LANES, kernels))) {
      Adam adam = Adam.defaults();
      for (int step = 1; step <= 3; step++) {
        run.loss[step - 1] = engine.computeGradients(BATCH).loss();
        adam.step(net, step, 0.01);
      }
      run.gradients = TestNetworks.gradients(net);
      run.weights = net.recurrentWeights().weightArray().clone();
      run.neuronValues = TestNetworks.neuronValues(net);
      run.evaluation = engine.evaluate(BATCH).logits();
    }
    return run;
  }

  private static final class Run {
    double[] loss = new double[3];
    float[][] gradients;
    float[] weights;
    float[][] neuronValues;
    float[] evaluation;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("org.rewire.runtime.engine.TestNetworks#neuronModels")
  void resultsAreBitIdenticalWhateverTheThreadCount(String neuron) {
    Run one = train(neuron, 1, EngineReferenceTest.kernels());
    for (int threads : new int[] {2, 3}) {
      Run other = train(neuron, threads, EngineReferenceTest.kernels());
      assertThat(other.loss).as("%d threads", threads).isEqualTo(one.loss);
      assertThat(other.gradients).isDeepEqualTo(one.gradients);
      assertThat(other.weights).isEqualTo(one.weights);
      assertThat(other.neuronValues).isDeepEqualTo(one.neuronValues);
      assertThat(other.evaluation).isEqualTo(one.evaluation);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("org.rewire.runtime.engine.TestNetworks#neuronModels")
  void scalarAndSelectedKernelsTrainIdentically(String neuron) {
    Run scalar = train(neuron, 2, new ScalarLaneKernels());
    Run selected = train(neuron, 2, EngineReferenceTest.kernels());
    assertThat(selected.loss).isEqualTo(scalar.loss);
    assertThat(selected.gradients).isDeepEqualTo(scalar.gradients);
    assertThat(selected.weights).isEqualTo(scalar.weights);
    assertThat(selected.neuronValues).isDeepEqualTo(scalar.neuronValues);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("org.rewire.runtime.engine.TestNetworks#neuronModels")
  void trainingReducesTheLoss(String neuron) {
    SpikingNetwork net = TestNetworks.random(4, 8, 4, 0.3, 10, neuron);
    try (Engine engine = new Engine(net, new EngineOptions(2, 16, EngineReferenceTest.kernels()))) {
      Adam adam = Adam.defaults();
      double first = engine.computeGradients(BATCH).loss();
      double last = first;
      for (int step = 1; step <= 30; step++) {
        adam.step(net, step, 0.02);
        last = engine.computeGradients(BATCH).loss();
      }
      assertThat(last).isLessThan(0.8 * first);
    }
  }
}
