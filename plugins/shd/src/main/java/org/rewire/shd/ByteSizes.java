package org.rewire.shd;

import java.util.Locale;

/** Byte counts for people: {@code 31.4 MiB}. */
final class ByteSizes {
  private ByteSizes() {}

  /** One decimal and a binary unit; {@code Long.MAX_VALUE} reads as "more than 8 EiB". */
  static String human(long bytes) {
    if (bytes == Long.MAX_VALUE) {
      return "more than 8 EiB";
    }
    String[] units = {"B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"};
    double value = bytes;
    int unit = 0;
    while (value >= 1024 && unit < units.length - 1) {
      value /= 1024;
      unit++;
    }
    return String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
  }
}
