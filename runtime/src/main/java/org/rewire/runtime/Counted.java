package org.rewire.runtime;

import java.util.Locale;

/**
 * A count with its noun in the right number, for the lines Rewire prints: "1 epoch", "2 epochs".
 */
public final class Counted {
  private Counted() {}

  /** {@code n} and {@code singular}, or {@code singular + "s"} unless {@code n} is 1. */
  public static String of(long n, String singular) {
    return of(n, singular, singular + "s");
  }

  /** {@code n} and {@code singular} if {@code n} is 1, else {@code plural}. */
  public static String of(long n, String singular, String plural) {
    return String.format(Locale.ROOT, "%d %s", n, n == 1 ? singular : plural);
  }
}
