package org.rewire.runtime;

import java.util.Locale;

/**
 * "Did you mean" hints for a mistyped name (a provider type, a neuron model): the first candidate
 * that differs only in case, else the closest within a small Levenshtein distance.
 */
public final class DidYouMean {
  private DidYouMean() {}

  /**
   * {@code " (did you mean 'NAME'?)"} for the closest of {@code candidates} to {@code wrong}, or
   * {@code ""} when none is close: equal but for case, else the fewest edits, at most {@code max(2,
   * length / 4)} (the first of equally close candidates).
   */
  public static String hint(Iterable<String> candidates, String wrong) {
    for (String c : candidates) {
      if (c.toLowerCase(Locale.ROOT).equals(wrong.toLowerCase(Locale.ROOT))) {
        return " (did you mean '" + c + "'?)";
      }
    }
    String best = null;
    int bestDistance = Math.max(2, wrong.length() / 4) + 1;
    for (String c : candidates) {
      int d = between(c, wrong);
      if (d < bestDistance) { // the first of equally close ones
        best = c;
        bestDistance = d;
      }
    }
    return best == null ? "" : " (did you mean '" + best + "'?)";
  }

  /** Levenshtein distance between {@code a} and {@code b}. */
  static int between(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] =
            Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
