package org.rewire.runtime.testing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.rewire.api.BuildContext;
import org.rewire.api.Connectivity;
import org.rewire.api.ElementUsage;
import org.rewire.api.HardwareTarget;
import org.rewire.api.HardwareTargetProvider;
import org.rewire.api.HopProfile;
import org.rewire.api.HopTarget;
import org.rewire.api.Layout;
import org.rewire.api.MappingReport;
import org.rewire.api.MemoryEstimate;
import org.rewire.api.Require;
import org.rewire.api.SynapseSet;
import org.rewire.api.Violation;

/**
 * A test-only hardware target ({@code type: test-line}) so the runtime's commands can be tested
 * without depending on a plugin: cores in one row, distance = how many cores apart, each core's
 * single port {@code in_W} carries the lines that enter it, memory = lines in x core size.
 */
public final class LineTargetProvider implements HardwareTargetProvider<LineTargetProvider.Config> {

  /**
   * @param cores cores in the row, default 4
   * @param coreSize neurons per core, default 2
   * @param capacity lines per port, default 4
   */
  public record Config(Integer cores, Integer coreSize, Integer capacity) {
    public Config {
      cores = Require.positive("cores", Require.orDefault(cores, 4));
      coreSize = Require.positive("core_size", Require.orDefault(coreSize, 2));
      capacity = Require.positive("capacity", Require.orDefault(capacity, 4));
    }
  }

  @Override
  public String type() {
    return "test-line";
  }

  @Override
  public Class<Config> configType() {
    return Config.class;
  }

  @Override
  public HardwareTarget create(Config config, BuildContext context) {
    return new LineTarget(config);
  }

  /** The target. */
  public static final class LineTarget implements HopTarget {
    private final Config config;
    private final Layout layout;

    public LineTarget(Config config) {
      this.config = config;
      int n = config.cores() * config.coreSize();
      this.layout =
          Layout.blocks(config.cores(), config.coreSize(), new int[] {0}, new int[] {n - 1});
    }

    @Override
    public Layout layout() {
      return layout;
    }

    @Override
    public int distance(int from, int to) {
      return Math.abs(from - to);
    }

    @Override
    public MappingReport map(Connectivity network) {
      int cores = config.cores();
      int[] lines = new int[cores];
      long links = 0;
      for (int i = 0; i < network.neurons(); i++) {
        boolean[] seen = new boolean[cores];
        for (int k = network.rowStart(i); k < network.rowEnd(i); k++) {
          int core = layout.coreOf(network.target(k));
          if (core != layout.coreOf(i) && !seen[core]) {
            seen[core] = true;
            lines[core]++;
            links++;
          }
        }
      }
      List<ElementUsage> elements = new java.util.ArrayList<>();
      List<Violation> violations = new java.util.ArrayList<>();
      long total = 0;
      for (int c = 0; c < cores; c++) {
        Map<String, Integer> ports = new LinkedHashMap<>();
        ports.put("in_W", lines[c]);
        long memory = (long) lines[c] * config.coreSize();
        total += memory;
        elements.add(new ElementUsage("core " + c, "core", 0, c, memory, ports, config.capacity()));
        if (lines[c] > config.capacity()) {
          int core = c;
          violations.add(
              new Violation(
                  "core " + c,
                  "in_W",
                  "lines",
                  lines[c],
                  config.capacity(),
                  Violation.LoadUnit.SOURCES,
                  SynapseSet.where(
                      network,
                      (pre, post) -> layout.coreOf(post) == core && layout.coreOf(pre) != core)));
        }
      }
      return new MappingReport(
          "test-line", network.neurons(), network.synapses(), links, total, elements, violations);
    }

    @Override
    public MemoryEstimate estimate(HopProfile profile, int samples, long seed) {
      SplittableRandom random = new SplittableRandom(seed);
      double[] totals = new double[samples];
      int mappable = 0;
      int n = layout.neurons();
      for (int s = 0; s < samples; s++) {
        Connectivity.Builder b = new Connectivity.Builder(n);
        for (int i = 0; i < n; i++) {
          for (int j = 0; j < n; j++) {
            int d = distance(layout.coreOf(i), layout.coreOf(j));
            if (random.nextDouble() < profile.fraction(d)) {
              b.add(i, j);
            }
          }
        }
        MappingReport report = map(b.build());
        totals[s] = report.totalMemory();
        mappable += report.mappable() ? 1 : 0;
      }
      MemoryEstimate.Statistic total = MemoryEstimate.Statistic.of(totals);
      return new MemoryEstimate(
          samples,
          seed,
          total,
          Map.of("core", new MemoryEstimate.Statistic(total.mean() / config.cores(), 0)),
          mappable / (double) samples);
    }
  }
}
