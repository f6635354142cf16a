package org.rewire.shd;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.rewire.api.SpikeSample;
import org.rewire.api.Split;

/**
 * The splits with only some classes ({@code keep_classes}): samples of other labels are left out,
 * and label {@code keep[i]} becomes {@code i}. Sample order within a split is kept.
 */
final class KeptClasses {
  private KeptClasses() {}

  static Map<Split, List<SpikeSample>> of(
      Map<Split, List<SpikeSample>> splits, List<Integer> keep) {
    int largest = keep.stream().mapToInt(Integer::intValue).max().orElse(0);
    int[] index = new int[largest + 1];
    java.util.Arrays.fill(index, -1);
    for (int i = 0; i < keep.size(); i++) {
      index[keep.get(i)] = i;
    }
    Map<Split, List<SpikeSample>> kept = new EnumMap<>(Split.class);
    splits.forEach(
        (split, samples) -> {
          List<SpikeSample> out = new ArrayList<>();
          for (SpikeSample s : samples) {
            int label = s.label() < index.length ? index[s.label()] : -1;
            if (label >= 0) {
              out.add(relabelled(s, label));
            }
          }
          kept.put(split, out);
        });
    return kept;
  }

  private static SpikeSample relabelled(SpikeSample s, int label) {
    float[] times = new float[s.size()];
    int[] units = new int[s.size()];
    for (int k = 0; k < times.length; k++) {
      times[k] = s.time(k);
      units[k] = s.unit(k);
    }
    return new SpikeSample(label, s.group(), times, units);
  }
}
