package org.rewire.benchmarks;

import java.util.SplittableRandom;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.infra.Blackhole;
import org.rewire.runtime.engine.Adam;
import org.rewire.runtime.engine.BlockWeights;
import org.rewire.runtime.engine.NetworkSpec;
import org.rewire.runtime.engine.SpikingNetwork;
import org.rewire.runtime.engine.simd.EventKernels;
import org.rewire.runtime.engine.simd.KernelSelection;
import org.rewire.runtime.engine.simd.LaneKernels;
import org.rewire.runtime.engine.simd.VectorFmaPeak;

/**
 * The engine's kernels, one step of one block of 32 samples each (microseconds per call), on the
 * {@code sparse} benchmark network and the {@code dense} Mosaic baseline ({@link BenchNetwork}),
 * with the {@code vector} (Vector API) or {@code scalar} kernels where both exist:
 *
 * <ul>
 *   <li>{@link #forwardScatter}: every spike's fan-out added lane by lane, then the block turned
 *       lane-minor; {@link #forwardScatterByNeuron}: the same sums neuron by neuron, each fired
 *       neuron's row into all its lanes (the engine's forward pass at low rates);
 *   <li>{@link #forwardGather}: every neuron's fan-in gathered over all lanes (at high rates);
 *   <li>{@link #backwardRecurrent}: {@code dz = W delta}, every active synapse times 32 lanes;
 *   <li>{@link #backwardRecurrentBlocks}: the same over dense 32 x 32 blocks (the engine's product
 *       on block-structured networks such as the benchmark network);
 *   <li>{@link #weightGradientScatter} and {@link #weightGradientDenseRows}: the recurrent weight
 *       gradient of one step's spikes, one value per synapse or a whole delta row per spike;
 *   <li>{@link #transposeToLaneMinor} and {@link #transposeToLaneMajor}: one block's 800 x 32
 *       floats between the two layouts (the same on both networks; the backends share them);
 *   <li>{@link #fire}: the spike function over one block's membrane values, drawn so that the
 *       network's firing rate of them cross the threshold, with each neuron's lane mask;
 *   <li>{@link #adam}: one optimizer step over all weights.
 * </ul>
 *
 * {@link #fmaPeak} is the roof: 10 independent 256-bit FMA chains, 1M iterations per call (80M
 * multiply-adds). Run: {@code java --add-modules jdk.incubator.vector -jar
 * benchmarks/target/benchmarks.jar}. Timings are README figures, never test assertions.
 */
public class KernelBenchmarks extends EngineBenchmark {
  @Param({"sparse", "dense"})
  public String network;

  @Param({"vector", "scalar"})
  public String kernels;

  private BenchNetwork net;
  private LaneKernels kernel;
  private float[] laneMajor;
  private float[] laneMinor;
  private float[] delta;
  private float[] deltaLaneMajor;
  private float[] gradient;
  private float[] denseGradient;
  private BenchNetwork.Columns columns;
  private float[] membrane;
  private float[] spikes;
  private long[] masks;
  private float[] byPresynaptic;
  private float[] byPostsynaptic;
  private SpikingNetwork spiking;
  private Adam adam;
  private BlockWeights blockWeights;
  private long step;

  @Setup(Level.Trial)
  public void setUp() {
    net = new BenchNetwork(network);
    kernel = KernelSelection.select(kernels);
    int n = net.neurons;
    int size = n * BenchNetwork.LANES;
    laneMajor = new float[size];
    laneMinor = new float[size];
    delta = BenchNetwork.gaussian(size, 2);
    deltaLaneMajor = BenchNetwork.gaussian(size, 3);
    gradient = new float[net.synapses()];
    denseGradient = new float[n * n];
    columns = net.columns();
    membrane = BenchNetwork.gaussian(size, 6);
    float[] sorted = membrane.clone();
    java.util.Arrays.sort(sorted);
    float crossing = sorted[(int) ((1 - net.rate) * size)]; // this share of them fires at 1
    for (int e = 0; e < size; e++) {
      membrane[e] /= crossing;
    }
    spikes = new float[size];
    masks = new long[n];
    byPresynaptic = new float[n * n];
    for (int i = 0; i < n; i++) {
      for (int k = net.rowStart[i]; k < net.rowStart[i] + net.rowLength[i]; k++) {
        byPresynaptic[i * n + net.column[k]] = net.weight[k];
      }
    }
    byPostsynaptic = net.byPostsynaptic();
    NetworkSpec spec = NetworkSpec.paperDefaults(net.layout);
    spiking = SpikingNetwork.create(spec, net.connectivity(), new SplittableRandom(4));
    adam = Adam.defaults();
    blockWeights = BlockWeights.defaults();
    blockWeights.rebuild(spiking.recurrentWeights(), spiking.recurrentWeights().weightArray());
    float[] g = spiking.recurrentWeights().gradientArray();
    float[] noise = BenchNetwork.gaussian(g.length, 5);
    for (int k = 0; k < g.length; k++) {
      g[k] = 1e-3f * noise[k];
    }
  }

  /** Forward, low rates: each lane's spikes scatter their fan-out; then lane-minor. */
  @Benchmark
  public float forwardScatter() {
    int n = net.neurons;
    for (int b = 0; b < BenchNetwork.LANES; b++) {
      int[] fired = net.firedByLane[b];
      kernel.scatterRows(
          fired,
          0,
          fired.length,
          net.rowStart,
          net.rowLength,
          net.column,
          net.weight,
          laneMajor,
          b * n);
    }
    EventKernels.toLaneMinor(laneMajor, n, BenchNetwork.LANES, laneMinor, BenchNetwork.LANES);
    return laneMinor[7];
  }

  /**
   * Forward, low rates, as the engine runs it: each fired neuron's fan-out into all the lanes it
   * fired in (one load of each run of eight weights for all of them); then lane-minor.
   */
  @Benchmark
  public float forwardScatterByNeuron() {
    return net.scatterByNeuron(kernel, laneMajor, laneMinor);
  }

  /** Forward, high rates: every neuron's fan-in over all lanes. */
  @Benchmark
  public float forwardGather() {
    kernel.addSpikingColumns(
        net.neurons,
        columns.start(),
        columns.length(),
        columns.presynaptic(),
        columns.weight(),
        net.spikeLaneMinor,
        laneMinor,
        BenchNetwork.LANES);
    return laneMinor[7];
  }

  /** Forward, high rates, over the dense matrix (zeros where no synapse): {@code I += W^T z}. */
  @Benchmark
  public float forwardGatherDenseMatrix() {
    kernel.denseRowDots(
        0,
        net.neurons,
        net.neurons,
        byPostsynaptic,
        net.spikeLaneMinor,
        laneMinor,
        BenchNetwork.LANES,
        true);
    return laneMinor[7];
  }

  /** Backward over the dense matrix (zeros where no synapse): {@code dz = W delta}. */
  @Benchmark
  public float backwardRecurrentDenseMatrix() {
    kernel.denseRowDots(
        0, net.neurons, net.neurons, byPresynaptic, delta, laneMinor, BenchNetwork.LANES, false);
    return laneMinor[7];
  }

  /**
   * Backward as the engine runs it on a network of dense blocks: {@code dz = W delta} over the 32 x
   * 32 blocks at least 70 % active (nearly all of the benchmark network's), the rest sparse.
   */
  @Benchmark
  public float backwardRecurrentBlocks() {
    blockWeights.product(0, net.neurons, kernel, delta, laneMinor, BenchNetwork.LANES);
    return laneMinor[7];
  }

  /** Backward: {@code dz = W delta} over every active synapse and lane. */
  @Benchmark
  public float backwardRecurrent() {
    kernel.rowDots(
        0,
        net.neurons,
        net.rowStart,
        net.rowLength,
        net.column,
        net.weight,
        delta,
        laneMinor,
        BenchNetwork.LANES);
    return laneMinor[7];
  }

  /** Weight gradient of one step's spikes, one gathered delta per synapse. */
  @Benchmark
  public float weightGradientScatter() {
    int n = net.neurons;
    for (int b = 0; b < BenchNetwork.LANES; b++) {
      for (int i : net.firedByLane[b]) {
        int s = net.rowStart[i];
        kernel.gatherRow(s, s + net.rowLength[i], net.column, deltaLaneMajor, b * n, gradient);
      }
    }
    return gradient[7];
  }

  /** Weight gradient of one step's spikes, a whole lane-major delta row per spike. */
  @Benchmark
  public float weightGradientDenseRows() {
    int n = net.neurons;
    int[] offset = new int[BenchNetwork.LANES];
    for (int i = 0; i < n; i++) {
      int m = 0;
      for (int b = 0; b < BenchNetwork.LANES; b++) {
        if (net.spikeLaneMinor[i * BenchNetwork.LANES + b] != 0f) {
          offset[m++] = b * n;
        }
      }
      kernel.addRows(deltaLaneMajor, offset, m, denseGradient, i * n, n);
    }
    return denseGradient[7];
  }

  /** The forward pass's transpose of one block's currents, lane-major to lane-minor. */
  @Benchmark
  public float transposeToLaneMinor() {
    EventKernels.toLaneMinor(
        deltaLaneMajor, net.neurons, BenchNetwork.LANES, laneMinor, BenchNetwork.LANES);
    return laneMinor[7];
  }

  /** The backward pass's copy of one block's deltas, lane-minor to lane-major. */
  @Benchmark
  public float transposeToLaneMajor() {
    EventKernels.toLaneMajor(
        delta, BenchNetwork.LANES, BenchNetwork.LANES, laneMajor, 0, net.neurons);
    return laneMajor[7];
  }

  /** The spike function over one block with each neuron's lane mask, at the network's rate. */
  @Benchmark
  public long fire() {
    kernel.fire(membrane, 1f, spikes, net.neurons, BenchNetwork.LANES, BenchNetwork.LANES, masks);
    return masks[7];
  }

  /** One Adam step over every input and recurrent weight. */
  @Benchmark
  public Adam.Fault adam() {
    return adam.step(spiking, ++step, 1e-6);
  }

  /** The roof: 80M multiply-adds in 10 independent 256-bit FMA chains. */
  @Benchmark
  @Fork(
      value = 1,
      jvmArgsAppend = {"--add-modules", "jdk.incubator.vector"})
  public void fmaPeak(Blackhole hole) {
    hole.consume(VectorFmaPeak.run(1_000_000));
  }
}
