package org.rewire.runtime.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.rewire.api.HopProfile;
import org.rewire.api.HopTarget;
import org.rewire.runtime.UserInputException;
import org.rewire.runtime.assembly.ComponentFailureException;
import org.rewire.runtime.bench.MapBenchmark;
import org.rewire.runtime.config.PluginSection;
import org.rewire.runtime.plugin.ProviderDiscovery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code rewire bench-map --target FILE}: how long the target's {@code map} takes. */
@Command(
    name = "bench-map",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description =
        "Time the target's mapping (place, route, count memory) on random networks with a hop"
            + " profile: median, 10th and 90th percentile per call, and per routed link.")
final class BenchMapCommand implements java.util.concurrent.Callable<Integer> {
  @ParentCommand RewireCommand parent;

  @Mixin TargetOptions targetFile;

  @Option(
      names = "--profile",
      defaultValue = "1:0.95,3:0.29",
      paramLabel = "D:P,...",
      description = "Link probability per hop distance (default: ${DEFAULT-VALUE}).")
  String profile;

  @Option(names = "--networks", defaultValue = "3", paramLabel = "N", description = "Networks.")
  int networks;

  @Option(
      names = "--warmup",
      defaultValue = "20",
      paramLabel = "N",
      description = "Untimed calls per network (default: ${DEFAULT-VALUE}).")
  int warmup;

  @Option(
      names = "--repeats",
      defaultValue = "30",
      paramLabel = "N",
      description = "Timed calls per network (default: ${DEFAULT-VALUE}).")
  int repeats;

  @Option(names = "--seed", defaultValue = "1", paramLabel = "SEED", description = "Seed.")
  long seed;

  @Override
  public Integer call() {
    MapBenchmark bench;
    try {
      bench = new MapBenchmark(networks, warmup, repeats, seed);
    } catch (IllegalArgumentException e) {
      throw new UserInputException(e.getMessage());
    }
    try (ProviderDiscovery discovery = parent.session.discover(parent.plugins)) {
      TargetOptions.Built built = targetFile.build(discovery, parent.session);
      PluginSection section = built.section();
      HopTarget target = TargetOptions.hops(built, "rewire bench-map");
      HopProfile hops = TargetOptions.profile(profile, target);
      MapBenchmark.Result r;
      try {
        r = bench.run(target, hops);
      } catch (RuntimeException e) {
        throw new ComponentFailureException(section.spec().provider(), "to map", e);
      }
      PrintWriter out = parent.session.out();
      out.printf(
          Locale.ROOT,
          "%s (%s): %,d neurons, %,d cores; profile %s; %d networks x %d calls%n",
          section.spec().type(),
          targetFile.file,
          r.neurons(),
          target.layout().cores(),
          hops,
          networks,
          repeats);
      out.printf(
          Locale.ROOT,
          "network: %,.0f synapses, %,.0f routed links (mean)%n",
          r.synapses(),
          r.links());
      out.printf(
          Locale.ROOT,
          "map: median %.3f ms (p10 %.3f, p90 %.3f); %.1f ns per link, %.2f ns per synapse%n",
          r.medianNanos() / 1e6,
          r.p10Nanos() / 1e6,
          r.p90Nanos() / 1e6,
          r.nanosPerLink(),
          r.medianNanos() / r.synapses());
      return ExitCodes.OK;
    }
  }
}
