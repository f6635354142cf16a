package org.rewire.runtime.testplugins;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rewire.api.BuildContext;
import org.rewire.api.DatasetProvider;
import org.rewire.api.Require;
import org.rewire.api.SampleSource;
import org.rewire.api.SpikeDataset;
import org.rewire.api.SpikeSample;
import org.rewire.api.Split;

/** A dataset of {@code samples} one-spike samples, for runtime tests. */
public final class ListDatasetProvider implements DatasetProvider<ListDatasetProvider.Config> {

  /**
   * Test dataset settings.
   *
   * @param samples samples per split
   * @param classes classes
   * @param fail fail to build
   * @param requires a file that must exist, relative to the experiment file, as a data path is
   * @param exhaust run out of memory while building, as a dataset too large for the heap does
   * @param declare whether the config declares its classes (default true); when false only the
   *     built dataset tells them, as for a data file that lists its own labels
   */
  public record Config(
      Integer samples,
      Integer classes,
      Boolean fail,
      String requires,
      Boolean exhaust,
      Boolean declare) {
    public Config {
      exhaust = Require.orDefault(exhaust, false);
      declare = Require.orDefault(declare, true);
      samples = Require.positive("samples", Require.orDefault(samples, 4));
      classes = Require.inRange("classes", Require.orDefault(classes, 2), 1, 100);
      fail = Require.orDefault(fail, false);
    }
  }

  @Override
  public String type() {
    return "test-list";
  }

  @Override
  public Class<Config> configType() {
    return Config.class;
  }

  @Override
  public java.util.OptionalInt declaredClasses(Config c) {
    return c.declare() ? java.util.OptionalInt.of(c.classes()) : java.util.OptionalInt.empty();
  }

  @Override
  public SpikeDataset create(Config c, BuildContext context) {
    if (c.fail()) {
      throw new IllegalStateException("the test dataset was asked to fail");
    }
    if (c.exhaust()) {
      throw new OutOfMemoryError("Java heap space");
    }
    if (c.requires() != null && !java.nio.file.Files.exists(context.resolve(c.requires()))) {
      throw new org.rewire.api.InvalidConfigException(
          "requires", "no file " + context.resolve(c.requires()));
    }
    SampleSource source =
        new SampleSource() {
          @Override
          public int size() {
            return c.samples();
          }

          @Override
          public SpikeSample get(int i) {
            // Class l fires channel l mod 3 densely early and the others sparsely late: learnable.
            int label = i % c.classes();
            float[] times = new float[12];
            int[] units = new int[12];
            for (int k = 0; k < 12; k++) {
              boolean own = k < 8;
              units[k] = own ? label % 3 : (label + 1 + k) % 3;
              times[k] = own ? 0.02f * k + 0.001f * (i % 5) : 0.5f + 0.05f * k;
            }
            return new SpikeSample(label, -1, times, units);
          }
        };
    return new SpikeDataset() {
      @Override
      public int channels() {
        return 3;
      }

      @Override
      public List<String> classes() {
        return java.util.stream.IntStream.range(0, c.classes()).mapToObj(i -> "c" + i).toList();
      }

      @Override
      public Set<Split> splits() {
        return Set.of(Split.TRAIN, Split.TEST);
      }

      @Override
      public SampleSource split(Split split) {
        return source;
      }

      @Override
      public Map<String, String> provenance() {
        return Map.of("generator", "test-list", "samples", c.samples().toString());
      }
    };
  }
}
