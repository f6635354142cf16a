package org.rewire.runtime.data;

import java.util.List;
import org.rewire.api.SampleSource;
import org.rewire.api.SpikeSample;

/** Hand-made samples as a split, for tests. */
record ListSource(List<SpikeSample> samples) implements SampleSource {
  @Override
  public int size() {
    return samples.size();
  }

  @Override
  public SpikeSample get(int index) {
    return samples.get(index);
  }
}
