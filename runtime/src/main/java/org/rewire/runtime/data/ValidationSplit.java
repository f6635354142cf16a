package org.rewire.runtime.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.rewire.api.InvalidConfigException;
import org.rewire.api.SampleSource;
import org.rewire.api.SpikeSample;

/**
 * Holds out part of a training split for validation, for datasets that have no validation split.
 *
 * <p>When every sample names its group ({@link SpikeSample#group()}, the speaker in SHD) and there
 * are at least two groups, whole groups are held out, chosen in a seeded random order until the
 * held-out share is as close to {@code fraction} as whole groups allow: validation then measures
 * generalisation to unseen speakers, as the test set does. Otherwise each label's samples are
 * shuffled and {@code round(fraction * count)} of them held out (stratified), keeping at least one
 * in training. Both parts keep the original sample order. Deterministic for a seed.
 */
public final class ValidationSplit {
  private final SampleSource training;
  private final SampleSource validation;
  private final boolean byGroup;

  private ValidationSplit(SampleSource training, SampleSource validation, boolean byGroup) {
    this.training = training;
    this.validation = validation;
    this.byGroup = byGroup;
  }

  /**
   * Splits {@code source}.
   *
   * @param fraction the share to hold out, in {@code (0, 1)}
   * @throws InvalidConfigException on {@code validation_fraction} when nothing would be held out
   */
  public static ValidationSplit of(SampleSource source, double fraction, long seed) {
    if (!(fraction > 0 && fraction < 1)) {
      throw new InvalidConfigException(
          "validation_fraction", "must be between 0 and 1 (exclusive), got " + fraction);
    }
    int n = source.size();
    int[] labels = new int[n];
    int[] groups = new int[n];
    boolean allGrouped = true;
    for (int i = 0; i < n; i++) {
      SpikeSample s = source.get(i);
      labels[i] = s.label();
      groups[i] = s.group();
      allGrouped &= s.group() >= 0;
    }
    SplittableRandom random = new SplittableRandom(seed);
    TreeMap<Integer, List<Integer>> byGroup = index(groups);
    boolean grouped = allGrouped && byGroup.size() >= 2;
    boolean[] held =
        grouped
            ? holdOutGroups(byGroup, n, fraction, random)
            : holdOutPerLabel(index(labels), fraction, random);
    int count = 0;
    for (boolean h : held) {
      count += h ? 1 : 0;
    }
    if (count == 0) {
      throw new InvalidConfigException(
          "validation_fraction",
          fraction + " of " + n + " training samples holds out none; raise it or set it to 0");
    }
    int[] validation = new int[count];
    int[] training = new int[n - count];
    int v = 0;
    int t = 0;
    for (int i = 0; i < n; i++) {
      if (held[i]) {
        validation[v++] = i;
      } else {
        training[t++] = i;
      }
    }
    return new ValidationSplit(
        new IndexedSource(source, training), new IndexedSource(source, validation), grouped);
  }

  private static TreeMap<Integer, List<Integer>> index(int[] keys) {
    TreeMap<Integer, List<Integer>> map = new TreeMap<>();
    for (int i = 0; i < keys.length; i++) {
      map.computeIfAbsent(keys[i], k -> new ArrayList<>()).add(i);
    }
    return map;
  }

  private static boolean[] holdOutGroups(
      TreeMap<Integer, List<Integer>> groups, int n, double fraction, SplittableRandom random) {
    List<List<Integer>> order = new ArrayList<>(groups.values());
    shuffle(order, random);
    double target = fraction * n;
    boolean[] held = new boolean[n];
    int heldCount = 0;
    int heldGroups = 0;
    for (List<Integer> members : order) {
      boolean closer = Math.abs(heldCount + members.size() - target) < Math.abs(heldCount - target);
      // Keep at least one group for training.
      if ((heldCount == 0 || closer) && heldGroups < order.size() - 1) {
        members.forEach(i -> held[i] = true);
        heldCount += members.size();
        heldGroups++;
      }
    }
    return held;
  }

  private static boolean[] holdOutPerLabel(
      TreeMap<Integer, List<Integer>> labels, double fraction, SplittableRandom random) {
    int n = labels.values().stream().mapToInt(List::size).sum();
    boolean[] held = new boolean[n];
    for (List<Integer> members : labels.values()) {
      List<Integer> shuffled = new ArrayList<>(members);
      shuffle(shuffled, random);
      int take = (int) Math.min(Math.round(fraction * members.size()), members.size() - 1L);
      for (int k = 0; k < take; k++) {
        held[shuffled.get(k)] = true;
      }
    }
    return held;
  }

  private static <T> void shuffle(List<T> list, SplittableRandom random) {
    for (int i = list.size() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      T tmp = list.get(i);
      list.set(i, list.get(j));
      list.set(j, tmp);
    }
  }

  /** The samples kept for training, in their original order. */
  public SampleSource training() {
    return training;
  }

  /** The held-out samples, in their original order. */
  public SampleSource validation() {
    return validation;
  }

  /** Whether whole groups were held out (else the split is stratified by label). */
  public boolean byGroup() {
    return byGroup;
  }

  /** A view of some samples of a source, by index. */
  private record IndexedSource(SampleSource source, int[] indices) implements SampleSource {
    @Override
    public int size() {
      return indices.length;
    }

    @Override
    public SpikeSample get(int index) {
      return source.get(indices[index]);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof IndexedSource other
          && source.equals(other.source)
          && Arrays.equals(indices, other.indices);
    }

    @Override
    public int hashCode() {
      return 31 * source.hashCode() + Arrays.hashCode(indices);
    }

    @Override
    public String toString() {
      return "IndexedSource[" + indices.length + " samples]";
    }
  }
}
