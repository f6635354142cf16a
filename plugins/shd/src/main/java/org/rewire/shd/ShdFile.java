package org.rewire.shd;

import java.nio.file.Path;
import java.util.List;
import org.rewire.api.SpikeSample;

/**
 * The checked contents of one SHD-layout HDF5 file: times finite and non-negative, units in range,
 * lengths consistent. Labels are checked against the classes once those are known ({@link
 * #checkLabels}), since they may come from the other split's file or from the config.
 *
 * @param name the file name shown in messages (the one the user gave, {@code .gz} included)
 * @param samples one per recording, in file order; {@code group} is the speaker when the file has
 *     {@code extra/speaker}, else -1
 * @param keys the class names from {@code extra/keys}, empty when the file has none
 */
record ShdFile(Path name, List<SpikeSample> samples, List<String> keys) {
  ShdFile {
    samples = List.copyOf(samples);
    keys = List.copyOf(keys);
  }

  /** The largest label, or -1 for a file without samples. */
  int maxLabel() {
    int max = -1;
    for (SpikeSample s : samples) {
      max = Math.max(max, s.label());
    }
    return max;
  }

  /** Fails naming the first sample whose label is not below {@code classes}. */
  void checkLabels(int classes, String origin) {
    for (int i = 0; i < samples.size(); i++) {
      int label = samples.get(i).label();
      if (label >= classes) {
        throw new DataFileException(
            name,
            "labels[" + i + "]",
            "label " + label + " outside [0, " + classes + ") (" + origin + ")");
      }
    }
  }
}
