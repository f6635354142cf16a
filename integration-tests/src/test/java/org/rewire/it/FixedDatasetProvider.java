package org.rewire.it;

import java.util.List;
import java.util.Set;
import org.rewire.api.BuildContext;
import org.rewire.api.DatasetProvider;
import org.rewire.api.SampleSource;
import org.rewire.api.SpikeDataset;
import org.rewire.api.SpikeSample;
import org.rewire.api.Split;

/** A two-sample dataset so end-to-end tests do not depend on a data plugin's files. */
public final class FixedDatasetProvider implements DatasetProvider<FixedDatasetProvider.Config> {
  /** No settings. */
  public record Config() {}

  @Override
  public String type() {
    return "it-fixed";
  }

  @Override
  public Class<Config> configType() {
    return Config.class;
  }

  @Override
  public SpikeDataset create(Config config, BuildContext context) {
    SampleSource two =
        new SampleSource() {
          @Override
          public int size() {
            return 2;
          }

          @Override
          public SpikeSample get(int i) {
            return new SpikeSample(i, -1, new float[] {0.1f}, new int[] {i});
          }
        };
    return new SpikeDataset() {
      @Override
      public int channels() {
        return 2;
      }

      @Override
      public List<String> classes() {
        return List.of("a", "b");
      }

      @Override
      public Set<Split> splits() {
        return Set.of(Split.TRAIN, Split.TEST);
      }

      @Override
      public SampleSource split(Split split) {
        return two;
      }
    };
  }
}
