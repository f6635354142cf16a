package org.rewire.benchmarks;

import java.util.SplittableRandom;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.rewire.runtime.engine.NeuronModel;
import org.rewire.runtime.engine.NeuronModels;
import org.rewire.runtime.engine.NeuronParameters;
import org.rewire.runtime.engine.NeuronState;
import org.rewire.runtime.engine.Surrogate;
import org.rewire.runtime.engine.simd.KernelSelection;

/**
 * One neuron model's step on one block of the benchmark network (800 neurons x 32 lanes,
 * microseconds per call): {@link #forwardStep} (state update, surrogate derivative recorded for
 * training, spikes) and {@link #backwardStep} (spike feedback and the adjoint step, {@code dL/dz ->
 * dL/dI}), on the {@code vector} or {@code scalar} kernels. Input currents are N(0, 0.15), 16 draws
 * in turn: about 1 % of the LIF elements fire (the benchmark network's rate is 2 %). Timings are
 * README figures, never test assertions.
 */
public class NeuronBenchmarks extends EngineBenchmark {
  private static final int STEPS = 100;
  private static final int CURRENTS = 16;

  @Param({"lif", "cuba-lif", "alif"})
  public String model;

  @Param({"vector", "scalar"})
  public String kernels;

  private NeuronState state;
  private float[][] currents;
  private float[] spike;
  private float[] dz;
  private int size;
  private int t;

  @Setup(Level.Trial)
  public void setUp() {
    int neurons = 800;
    int lanes = BenchNetwork.LANES;
    NeuronModel m =
        NeuronModels.create(
            model, new NeuronModels.Settings(0.045, 1.0, 0.001, Surrogate.byName("fast-sigmoid")));
    NeuronParameters parameters = m.initialParameters(neurons, new SplittableRandom(1));
    state = m.newState(parameters, lanes);
    state.useKernels(KernelSelection.select(kernels));
    size = neurons * lanes;
    currents = new float[CURRENTS][];
    for (int c = 0; c < CURRENTS; c++) {
      currents[c] = BenchNetwork.gaussian(size, 7 + c);
      for (int e = 0; e < size; e++) {
        currents[c][e] *= 0.15f;
      }
    }
    spike = new float[size];
    dz = BenchNetwork.gaussian(size, 8);
    state.start(STEPS, true);
    for (int s = 0; s < STEPS; s++) {
      state.forwardStep(s, currents[s % CURRENTS], spike, lanes, true);
    }
    state.startBackward();
  }

  /** One forward step with the tape recorded (training). */
  @Benchmark
  public float forwardStep() {
    t = (t + 1) % STEPS;
    state.forwardStep(t, currents[t % CURRENTS], spike, BenchNetwork.LANES, true);
    return spike[size - 1];
  }

  /** One backward step: the spike feedback into {@code dL/dz}, then {@code dL/dI}. */
  @Benchmark
  public float backwardStep() {
    t = (t + 1) % STEPS;
    state.addSpikeFeedback(STEPS - 1 - t, dz);
    return state.backwardStep(STEPS - 1 - t, dz)[size - 1];
  }
}
