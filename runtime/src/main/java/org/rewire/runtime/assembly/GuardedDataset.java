package org.rewire.runtime.assembly;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.rewire.api.InvalidConfigException;
import org.rewire.api.SampleSource;
import org.rewire.api.SpikeDataset;
import org.rewire.api.SpikeSample;
import org.rewire.api.Split;
import org.rewire.runtime.plugin.InstalledProvider;

/**
 * A plugin's dataset whose every call turns an unexpected exception into a {@link
 * ComponentFailureException} naming the plugin: a dataset that fails while its samples are read
 * (lazily, perhaps on a binning thread) fails the run with one line, not with a trace that looks
 * like a bug in Rewire. {@link InvalidConfigException}s pass through: they are the user's.
 */
final class GuardedDataset implements SpikeDataset {
  private static final String STAGE = "to read its samples";

  private final SpikeDataset dataset;
  private final InstalledProvider provider;

  GuardedDataset(SpikeDataset dataset, InstalledProvider provider) {
    this.dataset = dataset;
    this.provider = provider;
  }

  @Override
  public int channels() {
    return guard(dataset::channels);
  }

  @Override
  public List<String> classes() {
    return guard(dataset::classes);
  }

  @Override
  public Set<Split> splits() {
    return guard(dataset::splits);
  }

  @Override
  public SampleSource split(Split split) {
    SampleSource source = guard(() -> dataset.split(split));
    return new SampleSource() {
      @Override
      public int size() {
        return guard(source::size);
      }

      @Override
      public SpikeSample get(int index) {
        return guard(() -> source.get(index));
      }
    };
  }

  @Override
  public Map<String, String> provenance() {
    return guard(dataset::provenance);
  }

  private <T> T guard(Supplier<T> call) {
    try {
      return call.get();
    } catch (InvalidConfigException | ComponentFailureException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new ComponentFailureException(provider, STAGE, e);
    }
  }
}
