package org.rewire.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.rewire.api.BuildContext;
import org.rewire.api.Capacity;
import org.rewire.api.ChipConstraints;
import org.rewire.api.Connectivity;
import org.rewire.api.ElementUsage;
import org.rewire.api.HardwareTarget;
import org.rewire.api.HardwareTargetProvider;
import org.rewire.api.HopProfile;
import org.rewire.api.HopTarget;
import org.rewire.api.Layout;
import org.rewire.api.MappingReport;
import org.rewire.api.MemoryEstimate;
import org.rewire.api.NeuronCounts;
import org.rewire.api.Require;
import org.rewire.api.SynapseSet;
import org.rewire.api.Violation;

/**
 * A small target for the kit's own tests: cores in a line, distance the number of cores between;
 * each core needs one memory device per incoming neuron-to-core link and takes at most {@code
 * core_size} of them (port {@code in}, blaming the synapses from other cores). A {@link Fault}
 * breaks one part of the contract on purpose, so the tests can check the kit notices.
 */
final class LineTarget implements HopTarget {
  /** What is broken. */
  enum Fault {
    NONE,
    /** {@code map} counts its calls into the memory total. */
    MAP_CHANGES_PER_CALL,
    /** {@code distance} is negative away from the diagonal. */
    NEGATIVE_DISTANCE,
    /** {@code map} takes a network of any size. */
    MAPS_ANY_SIZE,
    /** A violation blames only the synapses of its first source neuron. */
    BLAMES_TOO_FEW,
    /** The constraints hold one output neuron fewer than the layout has. */
    CONSTRAINTS_TOO_SMALL
  }

  /**
   * The {@code line} section.
   *
   * @param cores cores on the line, default 4
   * @param coreSize neurons per core, default 8
   */
  record LineConfig(Integer cores, Integer coreSize) {
    LineConfig {
      cores = Require.positive("cores", Require.orDefault(cores, 4));
      coreSize = Require.positive("core_size", Require.orDefault(coreSize, 8));
    }
  }

  /**
   * Builds line targets with one fault.
   *
   * @param fault what is broken
   */
  public record Provider(Fault fault) implements HardwareTargetProvider<LineConfig> {
    /** The provider Rewire loads from {@code META-INF/services}: no fault. */
    public Provider() {
      this(Fault.NONE);
    }

    @Override
    public String type() {
      return "line";
    }

    @Override
    public Class<LineConfig> configType() {
      return LineConfig.class;
    }

    @Override
    public HardwareTarget create(LineConfig config, BuildContext context) {
      return new LineTarget(config, context.classes().orElse(2), fault);
    }
  }

  private final int coreSize;
  private final Layout layout;
  private final Fault fault;
  private final AtomicLong calls = new AtomicLong();

  private LineTarget(LineConfig config, int outputs, Fault fault) {
    // Inputs on the first core, outputs on the neurons right after it.
    int[] inputNeurons = Layout.range(0, config.coreSize());
    int[] outputNeurons = Layout.range(config.coreSize(), outputs);
    this.coreSize = config.coreSize();
    this.layout = Layout.blocks(config.cores(), coreSize, inputNeurons, outputNeurons);
    this.fault = fault;
  }

  @Override
  public Layout layout() {
    return layout;
  }

  @Override
  public ChipConstraints constraints() {
    ChipConstraints c = ChipConstraints.of(layout);
    if (fault != Fault.CONSTRAINTS_TOO_SMALL) {
      return c;
    }
    NeuronCounts n = c.neurons();
    return c.withNeurons(new NeuronCounts(n.inputs(), n.hidden(), n.outputs() - 1));
  }

  @Override
  public int distance(int fromCore, int toCore) {
    int hops = Math.abs(fromCore - toCore);
    return fault == Fault.NEGATIVE_DISTANCE ? -hops : hops;
  }

  @Override
  public MappingReport map(Connectivity network) {
    if (network.neurons() != layout.neurons() && fault != Fault.MAPS_ANY_SIZE) {
      throw new IllegalArgumentException("the line has " + layout.neurons() + " neurons");
    }
    long[] incoming = new long[layout.cores()];
    for (int pre = 0; pre < network.neurons(); pre++) {
      boolean[] reached = new boolean[layout.cores()];
      for (int post : network.targetsOf(pre)) {
        reached[post / coreSize] = true;
      }
      for (int core = 0; core < reached.length; core++) {
        if (reached[core] && core != pre / coreSize) {
          incoming[core]++;
        }
      }
    }
    List<ElementUsage> elements = new ArrayList<>();
    List<Violation> violations = new ArrayList<>();
    long links = 0;
    for (int core = 0; core < incoming.length; core++) {
      links += incoming[core];
      Capacity in = new Capacity("in", "lines", incoming[core], coreSize);
      elements.add(new ElementUsage("core " + core, "core", 0, core, incoming[core], List.of(in)));
      if (in.exceeded()) {
        violations.add(
            Violation.of("core " + core, in, Violation.LoadUnit.SOURCES, blame(network, core)));
      }
    }
    long extra = fault == Fault.MAP_CHANGES_PER_CALL ? calls.incrementAndGet() : 0;
    return new MappingReport(
        "line", network.neurons(), network.synapses(), links, links + extra, elements, violations);
  }

  /** The synapses from other cores into {@code core}: each source neuron takes one line. */
  private SynapseSet blame(Connectivity network, int core) {
    int firstSource = fault == Fault.BLAMES_TOO_FEW ? firstSourceInto(network, core) : -1;
    return SynapseSet.where(
        network,
        (pre, post) ->
            post / coreSize == core
                && pre / coreSize != core
                && (firstSource < 0 || pre == firstSource));
  }

  private int firstSourceInto(Connectivity network, int core) {
    for (int pre = 0; pre < network.neurons(); pre++) {
      for (int post : network.targetsOf(pre)) {
        if (post / coreSize == core && pre / coreSize != core) {
          return pre;
        }
      }
    }
    return -1;
  }

  @Override
  public MemoryEstimate estimate(HopProfile profile, int samples, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double[] totals = new double[samples];
    for (int s = 0; s < samples; s++) {
      Connectivity.Builder network = new Connectivity.Builder(layout.neurons());
      for (int pre = 0; pre < layout.neurons(); pre++) {
        for (int core = 0; core < layout.cores(); core++) {
          int hops = distance(layout.coreOf(pre), core);
          if (hops != 0 && random.nextDouble() < profile.fraction(hops)) {
            network.add(pre, layout.neuronsOn(core)[0]);
          }
        }
      }
      totals[s] = map(network.build()).totalMemory();
    }
    return new MemoryEstimate(samples, seed, MemoryEstimate.Statistic.of(totals), Map.of(), 1.0);
  }
}
