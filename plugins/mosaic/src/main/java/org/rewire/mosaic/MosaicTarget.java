package org.rewire.mosaic;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import org.rewire.api.ChipConstraints;
import org.rewire.api.Connectivity;
import org.rewire.api.HopProfile;
import org.rewire.api.HopTarget;
import org.rewire.api.Layout;
import org.rewire.api.MappingReport;
import org.rewire.api.MemoryEstimate;
import org.rewire.api.NeuronCounts;
import org.rewire.api.NeuronModelSpec;
import org.rewire.api.Require;

/**
 * The Mosaic chip as a {@link HopTarget}: neurons on a grid of tiles, hop distances between tiles,
 * 1-turn multicast routing of every neuron-to-tile link, port loads against capacities (a violation
 * per port over capacity, blaming the synapses routed through it) and memory devices per tile type.
 *
 * <p>Input neurons are the first {@code inputs} neurons, output neurons the last {@code outputs}.
 * Mapping costs time in proportion to the links routed times their path length (plus a binary
 * search per link in the synapse rows), never {@code N^2}. Immutable and thread-safe: every call
 * works on its own arrays.
 */
public final class MosaicTarget implements HopTarget {
  private final MosaicConfig config;
  private final TileGrid grid;
  private final OneTurnRouter router;
  private final MemoryModel memoryModel;
  private final Layout layout;

  /**
   * @param config the chip
   * @param outputs how many output neurons (the last ones)
   * @throws org.rewire.api.InvalidConfigException if the outputs do not fit beside the inputs
   */
  public MosaicTarget(MosaicConfig config, int outputs) {
    this.config = Objects.requireNonNull(config, "config");
    this.grid = new TileGrid(config.rows(), config.cols(), config.tileSize());
    Require.positive("outputs", outputs);
    MosaicConfig.checkOutputs(outputs, config.inputs(), grid.neurons());
    this.router = new OneTurnRouter(grid);
    this.memoryModel = new MemoryModel(grid);
    this.layout =
        Layout.blocks(
            grid.tiles(),
            grid.tileSize(),
            Layout.range(0, config.inputs()),
            Layout.range(grid.neurons() - outputs, outputs));
  }

  /** The chip's config. */
  public MosaicConfig config() {
    return config;
  }

  /** The chip's geometry. */
  public TileGrid grid() {
    return grid;
  }

  @Override
  public Layout layout() {
    return layout;
  }

  @Override
  public int distance(int fromCore, int toCore) {
    Objects.checkIndex(fromCore, grid.tiles());
    Objects.checkIndex(toCore, grid.tiles());
    return grid.distance(fromCore, toCore);
  }

  /** Routes every neuron-to-tile link the synapses of {@code network} need. */
  public PortLoads route(Connectivity network) {
    checkNeurons(network.neurons());
    PortLoads.Builder loads = new PortLoads.Builder(grid, router);
    int size = grid.tileSize();
    for (int i = 0; i < network.neurons(); i++) {
      int end = network.rowEnd(i);
      for (int k = network.rowStart(i); k < end; ) {
        int tile = network.target(k) / size;
        loads.link(i, tile);
        // Rows are ascending, so the rest of this tile's synapses need no visit: the cost
        // follows the links, not the synapses (a link stands for up to tile_size of them).
        k = firstAtLeast(network, k + 1, end, (tile + 1) * size);
      }
    }
    return loads.build();
  }

  /** The first index in {@code [from, to)} whose target is {@code >= value}, else {@code to}. */
  private static int firstAtLeast(Connectivity network, int from, int to, int value) {
    int lo = from;
    int hi = to;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (network.target(mid) < value) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** Routes neuron-to-tile links directly. */
  public PortLoads route(TileLinks links) {
    checkNeurons(links.neurons());
    PortLoads.Builder loads = new PortLoads.Builder(grid, router);
    for (int i = 0; i < links.neurons(); i++) {
      for (int k = links.rowStart(i); k < links.rowEnd(i); k++) {
        loads.link(i, links.tile(k));
      }
    }
    return loads.build();
  }

  /** The memory of the chip for routed {@code loads}. */
  public ChipMemory memory(PortLoads loads) {
    return memoryModel.size(loads, config.memorySizing());
  }

  @Override
  public MappingReport map(Connectivity network) {
    PortLoads loads = route(network);
    return MosaicReport.build(loads, memory(loads), config.capacity(), network, router);
  }

  /**
   * The chip's limits as any sparsifier can hold them: {@code inputs} input neurons, room for up to
   * every neuron after them as outputs or hidden neurons, float parameters and weights. Neuron
   * models: the paper's Mosaic runs LIF neurons; the case study is a design rather than a shipped
   * chip, so it also states {@code alif} and {@code cuba-lif}, which lets neuron dynamics be
   * compared at its routing (README, "Neuron models"). No per-neuron or per-core caps: Mosaic's
   * limits are its router ports (checked by {@link #map}, violations blaming the synapses routed
   * through each port) and its hop profile.
   */
  @Override
  public ChipConstraints constraints() {
    int rest = grid.neurons() - config.inputs();
    return ChipConstraints.of(layout)
        .withNeurons(new NeuronCounts(config.inputs(), rest, rest))
        .withNeuronModels(
            List.of(
                NeuronModelSpec.of("lif"),
                NeuronModelSpec.of("alif"),
                NeuronModelSpec.of("cuba-lif")));
  }

  /**
   * The paper's proxy: draws {@code samples} networks with {@link RandomProfileNetworks} (sample
   * {@code s} from the {@code s}-th split of a {@link SplittableRandom} seeded with {@code seed}),
   * routes each and reports the mean and spread of the per-tile-type sizes (homogeneous chip) and
   * of the total.
   *
   * @throws IllegalArgumentException if {@code samples < 1}
   */
  @Override
  public MemoryEstimate estimate(HopProfile profile, int samples, long seed) {
    if (samples < 1) {
      throw new IllegalArgumentException("samples must be >= 1, got " + samples);
    }
    RandomProfileNetworks networks = new RandomProfileNetworks(grid, profile);
    SplittableRandom root = new SplittableRandom(seed);
    Map<TileKind, double[]> sizes = new EnumMap<>(TileKind.class);
    for (TileKind k : TileKind.values()) {
      sizes.put(k, new double[samples]);
    }
    double[] totals = new double[samples];
    int mappable = 0;
    for (int s = 0; s < samples; s++) {
      PortLoads loads = route(networks.sample(root.split()));
      ChipMemory memory = memory(loads);
      for (TileKind k : TileKind.values()) {
        sizes.get(k)[s] = memory.kindSize(k);
      }
      totals[s] = memory.total();
      if (MosaicReport.mappable(loads, config.capacity())) {
        mappable++;
      }
    }
    Map<String, MemoryEstimate.Statistic> perElement = new LinkedHashMap<>();
    sizes.forEach((k, v) -> perElement.put(k.name(), MemoryEstimate.Statistic.of(v)));
    return new MemoryEstimate(
        samples,
        seed,
        MemoryEstimate.Statistic.of(totals),
        perElement,
        mappable / (double) samples);
  }

  private void checkNeurons(int neurons) {
    if (neurons != grid.neurons()) {
      throw new IllegalArgumentException(
          "network has "
              + neurons
              + " neurons; this chip ("
              + grid.rows()
              + " x "
              + grid.cols()
              + " tiles of "
              + grid.tileSize()
              + ") has "
              + grid.neurons());
    }
  }

  @Override
  public String toString() {
    return "MosaicTarget[" + grid + ", " + config.capacity() + "]";
  }
}
