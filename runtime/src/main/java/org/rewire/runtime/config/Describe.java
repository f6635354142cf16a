package org.rewire.runtime.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Words for YAML values and Java types in error messages. */
public final class Describe {
  private Describe() {}

  /** {@code 'abc'}, {@code 3.5}, {@code true}, {@code a mapping}, {@code a list}, {@code null}. */
  public static String node(JsonNode node) {
    if (node == null || node.isMissingNode()) {
      return "nothing";
    }
    if (node.isNull()) {
      return "null";
    }
    if (node.isObject()) {
      return "a mapping";
    }
    if (node.isArray()) {
      return "a list";
    }
    if (node.isTextual()) {
      String text = node.asText();
      return "'" + (text.length() > 40 ? text.substring(0, 40) + "..." : text) + "'";
    }
    return node.asText();
  }

  /**
   * An integer too large (or too small) for the field's type ({@code 99999999999} for an {@code
   * int}): {@code too large for an integer (at most 2147483647), got 99999999999}; null if {@code
   * actual} is no such integer. The field's own range, narrower, is checked once the value fits.
   * Jackson's own message names Java's types ("out of range of int").
   */
  static String outOfRange(Class<?> type, JsonNode actual) {
    if (actual == null || !actual.isIntegralNumber()) {
      return null;
    }
    long min;
    long max;
    if (type == int.class || type == Integer.class) {
      min = Integer.MIN_VALUE;
      max = Integer.MAX_VALUE;
    } else if (type == long.class || type == Long.class) {
      min = Long.MIN_VALUE;
      max = Long.MAX_VALUE;
    } else {
      return null;
    }
    if (actual.canConvertToLong() && actual.asLong() >= min && actual.asLong() <= max) {
      return null;
    }
    boolean negative = actual.asText().startsWith("-");
    return (negative
            ? "too small for an integer (at least " + min
            : "too large for an integer (at most " + max)
        + "), got "
        + actual.asText();
  }

  /** What a value of {@code type} looks like in YAML. */
  static String type(Class<?> type) {
    if (type == null) {
      return "another value";
    }
    if (type == int.class
        || type == Integer.class
        || type == long.class
        || type == Long.class
        || type == short.class
        || type == Short.class
        || type == byte.class
        || type == Byte.class) {
      return "an integer";
    }
    if (type == double.class
        || type == Double.class
        || type == float.class
        || type == Float.class) {
      return "a number";
    }
    if (type == boolean.class || type == Boolean.class) {
      return "true or false";
    }
    if (type == String.class || type == java.nio.file.Path.class) {
      return "a string";
    }
    if (type.isEnum()) {
      return "one of "
          + Arrays.stream(type.getEnumConstants())
              .map(c -> ((Enum<?>) c).name().toLowerCase(Locale.ROOT).replace('_', '-'))
              .collect(Collectors.joining(", "));
    }
    if (type.isArray() || Collection.class.isAssignableFrom(type)) {
      return "a list";
    }
    if (Map.class.isAssignableFrom(type) || type.isRecord()) {
      return "a mapping";
    }
    return "a " + type.getSimpleName();
  }
}
