package org.rewire.it.faults;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rewire.api.BuildContext;
import org.rewire.api.DatasetProvider;
import org.rewire.api.SampleSource;
import org.rewire.api.SpikeDataset;
import org.rewire.api.SpikeSample;
import org.rewire.api.Split;
import org.rewire.it.FixedDatasetProvider;

/**
 * {@code type: it-faulty} dataset: {@code it-fixed}'s two samples, failing when built ({@code fail:
 * create}) or when its second sample is read ({@code fail: read}).
 */
public final class FaultyDatasetProvider extends FaultyProvider<SpikeDataset>
    implements DatasetProvider<FaultConfig> {
  public FaultyDatasetProvider() {
    super("dataset", List.of("create", "read"));
  }

  @Override
  SpikeDataset build(FaultConfig fault, BuildContext context) {
    SpikeDataset data =
        new FixedDatasetProvider().create(new FixedDatasetProvider.Config(), context);
    return new SpikeDataset() {
      @Override
      public int channels() {
        return data.channels();
      }

      @Override
      public List<String> classes() {
        return data.classes();
      }

      @Override
      public Set<Split> splits() {
        return data.splits();
      }

      @Override
      public SampleSource split(Split split) {
        SampleSource source = data.split(split);
        return new SampleSource() {
          @Override
          public int size() {
            return source.size();
          }

          @Override
          public SpikeSample get(int i) {
            if (i == 1) {
              fault.at("read", "dataset");
            }
            return source.get(i);
          }
        };
      }

      @Override
      public Map<String, String> provenance() {
        return data.provenance();
      }
    };
  }
}
