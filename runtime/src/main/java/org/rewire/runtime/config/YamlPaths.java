package org.rewire.runtime.config;

/** Conversions between JSON pointers ({@code /target/rows}) and the dotted paths users see. */
public final class YamlPaths {
  private YamlPaths() {}

  /** {@code /target/capacity/r0} to {@code target.capacity.r0}; list indices as {@code [2]}. */
  public static String dotted(String pointer) {
    if (pointer.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    for (String raw : pointer.substring(1).split("/", -1)) {
      String part = raw.replace("~1", "/").replace("~0", "~");
      if (!part.isEmpty() && part.chars().allMatch(Character::isDigit) && out.length() > 0) {
        out.append('[').append(part).append(']');
      } else {
        out.append(out.length() == 0 ? "" : ".").append(part);
      }
    }
    return out.toString();
  }

  /** Appends one key to a pointer, escaping as RFC 6901 says. */
  public static String child(String pointer, String key) {
    return pointer + "/" + key.replace("~", "~0").replace("/", "~1");
  }
}
