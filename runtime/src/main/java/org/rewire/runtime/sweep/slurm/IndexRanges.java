package org.rewire.runtime.sweep.slurm;

import java.util.Collection;
import java.util.StringJoiner;
import java.util.TreeSet;

/**
 * Run or array indexes as Slurm writes them in {@code --array}: ascending, runs of consecutive
 * indexes as {@code first-last}, such as {@code 0-3,5,7-9}.
 */
final class IndexRanges {
  private IndexRanges() {}

  /**
   * {@code indexes} (any order, duplicates ignored) as ranges.
   *
   * @param indexes non-negative indexes, at least one
   * @throws IllegalArgumentException if empty
   */
  static String of(Collection<Integer> indexes) {
    if (indexes.isEmpty()) {
      throw new IllegalArgumentException("no indexes");
    }
    StringJoiner ranges = new StringJoiner(",");
    Integer first = null;
    Integer last = null;
    for (int i : new TreeSet<>(indexes)) {
      if (last != null && i == last + 1) {
        last = i;
        continue;
      }
      if (first != null) {
        ranges.add(first.equals(last) ? first.toString() : first + "-" + last);
      }
      first = i;
      last = i;
    }
    ranges.add(first.equals(last) ? first.toString() : first + "-" + last);
    return ranges.toString();
  }

  /** {@code run 6} or {@code runs 0-3,5}: the runs of {@code indexes} for a message. */
  static String runs(Collection<Integer> indexes) {
    return (new TreeSet<>(indexes).size() == 1 ? "run " : "runs ") + of(indexes);
  }
}
