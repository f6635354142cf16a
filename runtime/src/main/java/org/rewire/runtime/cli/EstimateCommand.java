package org.rewire.runtime.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.rewire.api.HopProfile;
import org.rewire.api.HopTarget;
import org.rewire.api.MemoryEstimate;
import org.rewire.runtime.UserInputException;
import org.rewire.runtime.assembly.ComponentFailureException;
import org.rewire.runtime.config.PluginSection;
import org.rewire.runtime.output.RunFolder;
import org.rewire.runtime.plugin.ProviderDiscovery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code rewire estimate --target FILE --profile 1:0.8,3:0.1}: the memory a hop profile costs on a
 * chip, before any training (the target's proxy: mean and spread over random networks).
 */
@Command(
    name = "estimate",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description =
        "Estimate the memory a hop profile costs on a chip, before training: mean and spread over"
            + " random networks drawn with that profile.")
final class EstimateCommand implements java.util.concurrent.Callable<Integer> {
  @ParentCommand RewireCommand parent;

  @Mixin TargetOptions targetFile;

  @Option(
      names = "--profile",
      required = true,
      paramLabel = "D:P,...",
      description = "Fraction of candidate links kept per hop distance, e.g. 1:0.8,3:0.1.")
  String profile;

  @Option(
      names = "--samples",
      defaultValue = "10",
      paramLabel = "N",
      description = "Random networks to map (default: ${DEFAULT-VALUE}).")
  int samples;

  @Option(
      names = "--seed",
      paramLabel = "SEED",
      description = "Seed of the random networks (default: the file's seed, else 0).")
  Long seed;

  @Option(names = "--json", description = "Print JSON instead of a table.")
  boolean json;

  @Override
  public Integer call() throws JsonProcessingException {
    if (samples < 1) {
      throw new UserInputException("--samples must be >= 1, got " + samples);
    }
    try (ProviderDiscovery discovery = parent.session.discover(parent.plugins)) {
      TargetOptions.Built built = targetFile.build(discovery, parent.session);
      PluginSection section = built.section();
      HopTarget target = TargetOptions.hops(built, "rewire estimate");
      HopProfile hops = TargetOptions.profile(profile, target);
      long s = seed != null ? seed : section.seed();
      MemoryEstimate estimate;
      try {
        estimate = target.estimate(hops, samples, s);
      } catch (RuntimeException e) {
        throw new ComponentFailureException(section.spec().provider(), "to estimate memory", e);
      }
      PrintWriter out = parent.session.out();
      if (json) {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("target", section.spec().type());
        tree.put("profile", hops.fractions());
        tree.put("samples", estimate.samples());
        tree.put("seed", estimate.seed());
        tree.put("per_element", estimate.perElement());
        tree.put("total", estimate.total());
        tree.put("mappable_fraction", estimate.mappableFraction());
        out.println(
            RunFolder.JSON
                .writer()
                .without(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .writeValueAsString(tree));
      } else {
        print(out, section.spec().type(), hops, estimate);
      }
      return ExitCodes.OK;
    }
  }

  private void print(PrintWriter out, String type, HopProfile hops, MemoryEstimate e) {
    out.printf(
        Locale.ROOT,
        "%s (%s), profile %s, %d samples, seed %d%n",
        type,
        targetFile.file,
        hops,
        e.samples(),
        e.seed());
    out.printf(Locale.ROOT, "%-8s %14s %12s%n", "", "mean", "std");
    for (Map.Entry<String, MemoryEstimate.Statistic> k : e.perElement().entrySet()) {
      row(out, k.getKey() + " each", k.getValue());
    }
    row(out, "total", e.total());
    out.printf(Locale.ROOT, "mappable in %.0f %% of the samples%n", 100 * e.mappableFraction());
  }

  private static void row(PrintWriter out, String name, MemoryEstimate.Statistic s) {
    out.printf(Locale.ROOT, "%-8s %,14.1f %,12.1f%n", name, s.mean(), s.std());
  }
}
