package org.rewire.runtime.config;

import java.math.BigInteger;
import java.util.regex.Pattern;

/**
 * How a plain (unquoted, untagged) YAML scalar is read: the YAML 1.2 core schema (YAML 1.2.2,
 * section 10.3.2), not YAML 1.1's rules. So {@code yes}, {@code no}, {@code on}, {@code off},
 * {@code y} and {@code n} are strings, not booleans; {@code 1_000}, {@code 0b101} and {@code 1:20}
 * are strings, not numbers; {@code 012} is twelve, not octal ten.
 *
 * <ul>
 *   <li>null: {@code null}, {@code Null}, {@code NULL}, {@code ~} and the empty scalar
 *   <li>boolean: {@code true}, {@code True}, {@code TRUE}, {@code false}, {@code False}, {@code
 *       FALSE}
 *   <li>integer: {@code [-+]?[0-9]+} (decimal), {@code 0o[0-7]+} (octal), {@code 0x[0-9a-fA-F]+}
 *       (hexadecimal)
 *   <li>float: {@code [-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?}, {@code [-+]?.inf} (also
 *       {@code Inf}, {@code INF}), {@code .nan} (also {@code NaN}, {@code NAN})
 *   <li>anything else: a string
 * </ul>
 */
final class CoreSchema {
  /** What a plain scalar stands for. */
  enum Kind {
    NULL,
    BOOLEAN,
    INTEGER,
    FLOAT,
    STRING
  }

  /**
   * A resolved plain scalar.
   *
   * @param kind what it is
   * @param canonical for numbers, a form Java parses ({@link BigInteger#BigInteger(String)}, {@link
   *     Double#parseDouble}): decimal digits for integers, {@code Infinity}, {@code -Infinity} or
   *     {@code NaN} for the special floats; otherwise the text as written
   */
  record Scalar(Kind kind, String canonical) {}

  private static final Pattern NULL = Pattern.compile("null|Null|NULL|~|");
  private static final Pattern TRUE = Pattern.compile("true|True|TRUE");
  private static final Pattern FALSE = Pattern.compile("false|False|FALSE");
  private static final Pattern DECIMAL = Pattern.compile("[-+]?[0-9]+");
  private static final Pattern OCTAL = Pattern.compile("0o[0-7]+");
  private static final Pattern HEXADECIMAL = Pattern.compile("0x[0-9a-fA-F]+");
  private static final Pattern FLOAT =
      Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");
  private static final Pattern INFINITY = Pattern.compile("([-+]?)\\.(inf|Inf|INF)");
  private static final Pattern NAN = Pattern.compile("\\.(nan|NaN|NAN)");

  private CoreSchema() {}

  /** Resolves the text of a plain scalar. */
  static Scalar resolve(String text) {
    if (NULL.matcher(text).matches()) {
      return new Scalar(Kind.NULL, text);
    }
    if (TRUE.matcher(text).matches() || FALSE.matcher(text).matches()) {
      return new Scalar(Kind.BOOLEAN, text);
    }
    if (DECIMAL.matcher(text).matches()) {
      return new Scalar(Kind.INTEGER, new BigInteger(text).toString());
    }
    if (OCTAL.matcher(text).matches()) {
      return new Scalar(Kind.INTEGER, new BigInteger(text.substring(2), 8).toString());
    }
    if (HEXADECIMAL.matcher(text).matches()) {
      return new Scalar(Kind.INTEGER, new BigInteger(text.substring(2), 16).toString());
    }
    if (FLOAT.matcher(text).matches()) {
      return new Scalar(Kind.FLOAT, text.startsWith("+") ? text.substring(1) : text);
    }
    var infinity = INFINITY.matcher(text);
    if (infinity.matches()) {
      return new Scalar(Kind.FLOAT, infinity.group(1).equals("-") ? "-Infinity" : "Infinity");
    }
    if (NAN.matcher(text).matches()) {
      return new Scalar(Kind.FLOAT, "NaN");
    }
    return new Scalar(Kind.STRING, text);
  }

  /** Whether {@code value}, written without quotes, would read back as the string it is. */
  static boolean readsBackAsString(String value) {
    return resolve(value).kind() == Kind.STRING;
  }

  /** Whether {@code value} is {@code true} (for a {@link Kind#BOOLEAN}). */
  static boolean isTrue(String value) {
    return TRUE.matcher(value).matches();
  }
}
