package org.rewire.benchmarks;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.rewire.runtime.engine.simd.EventKernels;
import org.rewire.runtime.engine.simd.KernelSelection;
import org.rewire.runtime.engine.simd.LaneKernels;

/**
 * Where the forward pass should stop scattering spikes and gather fan-ins: the recurrent currents
 * of one step of one block of 32 samples (microseconds per call, vector kernels) on the networks of
 * {@link BenchNetwork} with the previous step's spikes drawn at firing rate {@code rate}, by the
 * two ways the engine computes them, each followed by the lane-minor transpose it runs either way:
 * {@link #scatter}, each fired neuron's fan-out into all the lanes it fired in, and {@link
 * #gather}, every neuron's fan-in over all lanes (over the dense matrix on the {@code dense}
 * network, as the engine does for networks that dense; over the active synapses otherwise). Both
 * give the same currents. The engine gathers from a rate of {@code 1 / GATHER_RATE_INVERSE} ({@code
 * LaneBlock}). Timings are README figures, never test assertions.
 */
public class ForwardRateBenchmarks extends EngineBenchmark {
  @Param({"sparse", "dense"})
  public String network;

  @Param({"0.02", "0.05", "0.1", "0.15", "0.2", "0.3"})
  public double rate;

  private BenchNetwork net;
  private LaneKernels kernel;
  private BenchNetwork.Columns columns;
  private float[] byPostsynaptic;
  private float[] laneMajor;
  private float[] laneMinor;

  @Setup(Level.Trial)
  public void setUp() {
    net = new BenchNetwork(network, rate);
    kernel = KernelSelection.select("vector");
    columns = net.columns();
    byPostsynaptic = network.equals("dense") ? net.byPostsynaptic() : null;
    int size = net.neurons * BenchNetwork.LANES;
    laneMajor = new float[size];
    laneMinor = new float[size];
  }

  /** Each fired neuron's fan-out into all its lanes, lane-major; then lane-minor. */
  @Benchmark
  public float scatter() {
    return net.scatterByNeuron(kernel, laneMajor, laneMinor);
  }

  /** Lane-minor first (the input events' currents); then every neuron's fan-in over all lanes. */
  @Benchmark
  public float gather() {
    int n = net.neurons;
    EventKernels.toLaneMinor(laneMajor, n, BenchNetwork.LANES, laneMinor, BenchNetwork.LANES);
    if (byPostsynaptic != null) {
      kernel.denseRowDots(
          0, n, n, byPostsynaptic, net.spikeLaneMinor, laneMinor, BenchNetwork.LANES, true);
    } else {
      kernel.addSpikingColumns(
          n,
          columns.start(),
          columns.length(),
          columns.presynaptic(),
          columns.weight(),
          net.spikeLaneMinor,
          laneMinor,
          BenchNetwork.LANES);
    }
    return laneMinor[7];
  }
}
