package org.rewire.runtime.report.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Swept parameters as short text for tables: {@code sparsifier.profile={1: 0.5, 3: 0.1}}, several
 * joined by {@code ", "}, in key order. No parameters (a sweep over seeds alone) reads {@code
 * (base)}.
 */
final class ParameterText {
  static final String NONE = "(base)";

  private ParameterText() {}

  static String of(Map<String, JsonNode> parameters) {
    return parameters.isEmpty() ? NONE : join(parameters, false);
  }

  /**
   * The short form for chart labels: each key's last segment only ({@code profile={1: 0.5}}), or
   * null without parameters.
   */
  static String label(Map<String, JsonNode> parameters) {
    return parameters.isEmpty() ? null : join(parameters, true);
  }

  private static String join(Map<String, JsonNode> parameters, boolean lastSegment) {
    StringJoiner text = new StringJoiner(", ");
    parameters.forEach(
        (key, value) ->
            text.add(
                (lastSegment ? key.substring(key.lastIndexOf('.') + 1) : key)
                    + "="
                    + value(value)));
    return text.toString();
  }

  static String value(JsonNode value) {
    if (value.isObject()) {
      StringJoiner parts = new StringJoiner(", ", "{", "}");
      for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        parts.add(e.getKey() + ": " + value(e.getValue()));
      }
      return parts.toString();
    }
    if (value.isArray()) {
      StringJoiner parts = new StringJoiner(", ", "[", "]");
      value.forEach(v -> parts.add(value(v)));
      return parts.toString();
    }
    return value.asText();
  }
}
