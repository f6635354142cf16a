package org.rewire.runtime.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.rewire.api.BuildContext;
import org.rewire.api.InvalidConfigException;
import org.rewire.api.Provider;
import org.rewire.api.SampleSource;
import org.rewire.api.SpikeDataset;
import org.rewire.api.SpikeSample;
import org.rewire.api.Split;
import org.rewire.runtime.UserInputException;
import org.rewire.runtime.assembly.ExperimentAssembly;
import org.rewire.runtime.config.InputConfig;
import org.rewire.runtime.config.StrictMapper;
import org.rewire.runtime.config.TrainingConfig;
import org.rewire.runtime.data.BinnedDataset;
import org.rewire.runtime.data.BinnedSplit;
import org.rewire.runtime.plugin.InstalledProvider;
import org.rewire.runtime.plugin.ProviderDiscovery;
import org.rewire.runtime.plugin.ProviderKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code rewire data inspect FILE}: loads an SHD-layout file through the {@code shd} dataset
 * plugin, bins it as {@code model.input} would, and prints counts, classes, spikes per sample and
 * how long each stage took. Bad files fail exactly as they would in a run (exit code 2).
 */
@Command(
    name = "inspect",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description =
        "Load a spike file (SHD layout, .h5 or .h5.gz), check it, bin it and print what it holds.")
final class InspectCommand implements Callable<Integer> {
  @ParentCommand DataCommand parent;

  @Parameters(index = "0", paramLabel = "FILE", description = "The training file.")
  Path file;

  @Option(names = "--test", paramLabel = "FILE", description = "A test file to load with it.")
  Path test;

  @Option(names = "--classes", description = "Number of classes (default: from the file).")
  Integer classes;

  @Option(names = "--channels", description = "Channels of the recordings (default 700).")
  Integer channels;

  @Option(names = "--steps", description = "Time steps (default 100).")
  Integer steps;

  @Option(names = "--duration", description = "Seconds binned (default 1.4).")
  Double duration;

  @Option(names = "--inputs", description = "Input channels after reduction (default: all).")
  Integer inputs;

  @Option(
      names = "--reduce",
      description = "stride or pool (default stride).",
      converter = ReductionConverter.class)
  InputConfig.Reduction reduce;

  @Option(names = "--counts", description = "Count spikes per bin instead of 0/1.")
  boolean counts;

  @Option(names = "--augment", description = "Bin every stride offset (k variants).")
  boolean augment;

  @Option(names = "--threads", description = "Binning threads (default: one per core).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Override
  public Integer call() {
    InputConfig input;
    try {
      input = new InputConfig(steps, duration, null, inputs, reduce, counts, augment);
    } catch (InvalidConfigException e) {
      // InputConfig's channels after reduction are this command's --inputs (--channels is the
      // recordings' own count).
      String option = e.field().equals("channels") ? "inputs" : e.field();
      throw new UserInputException("--" + option + ": " + e.getMessage());
    }
    Session session = parent.parent.session;
    PrintWriter out = session.out();
    try (ProviderDiscovery discovery = session.discover(parent.parent.plugins)) {
      InstalledProvider installed =
          discovery
              .registry()
              .find(ProviderKind.DATASET, "shd")
              .orElseThrow(() -> new UserInputException("the shd dataset plugin is not installed"));
      long start = System.nanoTime();
      SpikeDataset data = load(installed.provider(), session.cache());
      long loaded = System.nanoTime();
      BinnedDataset binned =
          BinnedDataset.prepare(
              data, input, new TrainingConfig(null, null, null, null), Math.max(1, threads));
      long done = System.nanoTime();
      describe(data, out);
      describeBinning(binned, input, out);
      out.printf(
          Locale.ROOT,
          "time:      load and check %.2f s, bin %.2f s (%d threads)%n",
          (loaded - start) / 1e9,
          (done - loaded) / 1e9,
          threads);
    }
    return ExitCodes.OK;
  }

  /** Accepts the YAML spelling ({@code stride}, {@code pool}) in any case. */
  static final class ReductionConverter implements ITypeConverter<InputConfig.Reduction> {
    @Override
    public InputConfig.Reduction convert(String value) {
      try {
        return InputConfig.Reduction.valueOf(value.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException("expected stride or pool, got '" + value + "'");
      }
    }
  }

  @SuppressWarnings("unchecked")
  private SpikeDataset load(Provider<?, ?> provider, Path cache) {
    ObjectNode section = StrictMapper.binder().createObjectNode();
    section.put("train", file.toAbsolutePath().toString());
    if (test != null) {
      section.put("test", test.toAbsolutePath().toString());
    }
    if (classes != null) {
      section.put("classes", classes);
    }
    if (channels != null) {
      section.put("channels", channels);
    }
    Provider<Object, ?> p = (Provider<Object, ?>) provider;
    BuildContext context = ExperimentAssembly.standaloneContext(Path.of("."), cache, 0);
    try {
      Object config = StrictMapper.binder().convertValue(section, p.configType());
      return (SpikeDataset) p.create(config, context);
    } catch (IllegalArgumentException e) {
      String field = e instanceof InvalidConfigException ice ? ice.field() : "";
      throw new UserInputException((field.isEmpty() ? "" : field + ": ") + rootMessage(e), e);
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && !(t instanceof InvalidConfigException)) {
      t = t.getCause();
    }
    return t.getMessage();
  }

  private static void describe(SpikeDataset data, PrintWriter out) {
    List<String> classes = data.classes();
    out.printf(Locale.ROOT, "channels:  %d%n", data.channels());
    out.printf(Locale.ROOT, "classes:   %d %s%n", classes.size(), classes);
    for (Split split : data.splits()) {
      SampleSource source = data.split(split);
      long spikes = 0;
      int min = Integer.MAX_VALUE;
      int max = 0;
      float last = 0;
      int[] perClass = new int[classes.size()];
      java.util.TreeSet<Integer> groups = new java.util.TreeSet<>();
      for (int i = 0; i < source.size(); i++) {
        SpikeSample s = source.get(i);
        spikes += s.size();
        min = Math.min(min, s.size());
        max = Math.max(max, s.size());
        perClass[s.label()]++;
        groups.add(s.group());
        for (int k = 0; k < s.size(); k++) {
          last = Math.max(last, s.time(k));
        }
      }
      int n = source.size();
      out.printf(
          Locale.ROOT,
          "%-10s %d samples, spikes per sample mean %.0f min %d max %d, last spike %.3f s,"
              + " groups (speakers) %s%n",
          split.name().toLowerCase(Locale.ROOT) + ":",
          n,
          n == 0 ? 0.0 : spikes / (double) n,
          n == 0 ? 0 : min,
          max,
          last,
          groups.contains(-1) ? "none" : groups.toString());
      out.printf(Locale.ROOT, "           per class %s%n", java.util.Arrays.toString(perClass));
    }
    for (Map.Entry<String, String> e : data.provenance().entrySet()) {
      out.printf(Locale.ROOT, "           %s = %s%n", e.getKey(), e.getValue());
    }
  }

  private static void describeBinning(BinnedDataset binned, InputConfig input, PrintWriter out) {
    BinnedSplit train = binned.train();
    out.printf(
        Locale.ROOT,
        "binned:    %d steps of %.4f s, %d inputs (%s), %d variant(s), %s bins%n",
        binned.steps(),
        input.dt(),
        binned.inputs(),
        input.reduce().name().toLowerCase(Locale.ROOT),
        train.variants(),
        input.counts() ? "count" : "binary");
    out.printf(
        Locale.ROOT,
        "           train %d events (%.1f per sample and variant)%n",
        train.events(),
        train.events() / (double) Math.max(1, train.augmentedSize()));
  }
}
