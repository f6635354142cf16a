package org.rewire.api;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A labelled set of spike recordings. Events, not tensors: binning into time steps and channel
 * reduction belong to the runtime, so every dataset gets them the same way.
 *
 * <p>Contract: every sample's units are in {@code [0, channels())} and labels in {@code [0,
 * classes().size())}; the dataset checks this when it loads and fails with a message naming the
 * file and field, never later during training.
 */
public interface SpikeDataset {

  /** Number of input channels (700 for SHD). */
  int channels();

  /** Class names, index = label. */
  List<String> classes();

  /** The splits this dataset has; always TRAIN, usually TEST. */
  Set<Split> splits();

  /**
   * The samples of a split.
   *
   * @throws IllegalArgumentException if the dataset has no such split
   */
  SampleSource split(Split split);

  /**
   * What identifies this data for provenance: file paths and checksums, generator parameters.
   * Written to the run folder.
   */
  default Map<String, String> provenance() {
    return Map.of();
  }
}
