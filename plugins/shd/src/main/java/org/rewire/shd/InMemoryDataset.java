package org.rewire.shd;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rewire.api.SampleSource;
import org.rewire.api.SpikeDataset;
import org.rewire.api.SpikeSample;
import org.rewire.api.Split;

/**
 * A dataset whose samples were all checked and loaded when it was built. Immutable; {@link
 * SampleSource#get} is safe from any thread.
 */
final class InMemoryDataset implements SpikeDataset {
  private final int channels;
  private final List<String> classes;
  private final Map<Split, List<SpikeSample>> splits;
  private final Map<String, String> provenance;

  InMemoryDataset(
      int channels,
      List<String> classes,
      Map<Split, List<SpikeSample>> splits,
      Map<String, String> provenance) {
    this.channels = channels;
    this.classes = List.copyOf(classes);
    EnumMap<Split, List<SpikeSample>> copy = new EnumMap<>(Split.class);
    splits.forEach((split, samples) -> copy.put(split, List.copyOf(samples)));
    this.splits = Collections.unmodifiableMap(copy);
    this.provenance = Collections.unmodifiableMap(new LinkedHashMap<>(provenance));
  }

  @Override
  public int channels() {
    return channels;
  }

  @Override
  public List<String> classes() {
    return classes;
  }

  @Override
  public Set<Split> splits() {
    return splits.keySet();
  }

  @Override
  public SampleSource split(Split split) {
    List<SpikeSample> samples = splits.get(split);
    if (samples == null) {
      throw new IllegalArgumentException("this dataset has no " + split + " split");
    }
    return new SampleSource() {
      @Override
      public int size() {
        return samples.size();
      }

      @Override
      public SpikeSample get(int index) {
        return samples.get(index);
      }
    };
  }

  @Override
  public Map<String, String> provenance() {
    return provenance;
  }
}
