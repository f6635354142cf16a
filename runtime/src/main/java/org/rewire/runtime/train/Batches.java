package org.rewire.runtime.train;

import java.util.ArrayList;
import java.util.List;
import org.rewire.runtime.data.BinnedSplit;
import org.rewire.runtime.engine.BinnedSample;

/** Training samples and mini-batches. */
final class Batches {
  private Batches() {}

  /** Every training sample, each stride variant counted as its own sample when augmenting. */
  static List<BinnedSample> trainingSamples(BinnedSplit train) {
    List<BinnedSample> samples = new ArrayList<>(train.augmentedSize());
    for (int i = 0; i < train.augmentedSize(); i++) {
      samples.add(train.augmented(i));
    }
    return samples;
  }

  /** Batch {@code b} of {@code size} samples in {@code order}; the last one may be smaller. */
  static List<BinnedSample> slice(List<BinnedSample> all, int[] order, int b, int size) {
    int from = b * size;
    int to = Math.min(all.size(), from + size);
    List<BinnedSample> batch = new ArrayList<>(to - from);
    for (int k = from; k < to; k++) {
      batch.add(all.get(order[k]));
    }
    return batch;
  }
}
