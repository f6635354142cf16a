package org.rewire.api;

import java.util.Arrays;

/**
 * One labelled recording as spike events: event {@code k} is a spike of channel {@code unit(k)} at
 * {@code time(k)} seconds. Events need not be sorted. Immutable.
 */
public final class SpikeSample {
  private final int label;
  private final int group;
  private final float[] times;
  private final int[] units;

  /**
   * @param label class index, {@code >= 0}
   * @param group a grouping key for splits that must keep groups apart (the speaker in SHD), or -1
   * @param times spike times in seconds, finite and {@code >= 0}
   * @param units spike channels, {@code >= 0}, as many as {@code times}
   * @throws IllegalArgumentException if the arrays differ in length or hold invalid values
   */
  public SpikeSample(int label, int group, float[] times, int[] units) {
    if (times.length != units.length) {
      throw new IllegalArgumentException(
          times.length + " spike times but " + units.length + " spike units");
    }
    if (label < 0) {
      throw new IllegalArgumentException("label must be >= 0, got " + label);
    }
    for (int k = 0; k < times.length; k++) {
      if (!(times[k] >= 0) || Float.isInfinite(times[k])) {
        throw new IllegalArgumentException("spike " + k + " has time " + times[k]);
      }
      if (units[k] < 0) {
        throw new IllegalArgumentException("spike " + k + " has unit " + units[k]);
      }
    }
    this.label = label;
    this.group = group;
    this.times = times.clone();
    this.units = units.clone();
  }

  /** The class index. */
  public int label() {
    return label;
  }

  /** The grouping key (speaker), or -1 if unknown. */
  public int group() {
    return group;
  }

  /** Number of spikes. */
  public int size() {
    return times.length;
  }

  /** Time of spike {@code k}, seconds. */
  public float time(int k) {
    return times[k];
  }

  /** Channel of spike {@code k}. */
  public int unit(int k) {
    return units[k];
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SpikeSample s
        && label == s.label
        && group == s.group
        && Arrays.equals(times, s.times)
        && Arrays.equals(units, s.units);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * label + Arrays.hashCode(times)) + Arrays.hashCode(units);
  }

  @Override
  public String toString() {
    return "SpikeSample[label=" + label + ", group=" + group + ", spikes=" + times.length + "]";
  }
}
