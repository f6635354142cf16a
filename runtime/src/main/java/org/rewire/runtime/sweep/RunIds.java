package org.rewire.runtime.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.rewire.runtime.config.ValueOverride;

/**
 * Readable, stable run ids from overrides: {@code seed=1,sparsifier.profile=1-0.5_3-0.1}. The id
 * depends only on the keys and values, never on the order runs are listed or run, so a resumed
 * sweep finds its folders again. Ids that would be long, or that collide once sanitised, end in a
 * hash of the exact overrides.
 */
final class RunIds {
  private static final int MAX_LENGTH = 100;

  private RunIds() {}

  /** The readable id of {@code overrides}. */
  static String readable(List<ValueOverride> overrides) {
    StringJoiner id = new StringJoiner(",");
    for (ValueOverride o : overrides) {
      id.add(o.key() + "=" + value(o.value()));
    }
    String safe = id.toString().replaceAll("[^A-Za-z0-9._=,+-]", "-");
    if (safe.isEmpty()) {
      return "base";
    }
    return safe.length() <= MAX_LENGTH
        ? safe
        : safe.substring(0, MAX_LENGTH - 9) + "~" + hash(overrides);
  }

  /** The readable id with a hash of the exact overrides appended, for ids that collide. */
  static String hashed(List<ValueOverride> overrides) {
    String base = readable(overrides);
    return base.substring(0, Math.min(base.length(), MAX_LENGTH - 9)) + "~" + hash(overrides);
  }

  /** A value as short text: scalars as written, {@code {1: 0.5, 3: 0.1}} as {@code 1-0.5_3-0.1}. */
  static String value(JsonNode value) {
    if (value.isValueNode()) {
      return value.asText();
    }
    StringJoiner parts = new StringJoiner("_");
    if (value.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        parts.add(e.getKey() + "-" + value(e.getValue()));
      }
    } else {
      value.forEach(v -> parts.add(value(v)));
    }
    return parts.toString();
  }

  private static String hash(List<ValueOverride> overrides) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (ValueOverride o : overrides) {
        sha.update(o.text().getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
      }
      return HexFormat.of().formatHex(sha.digest()).substring(0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
