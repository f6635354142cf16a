package org.rewire.api;

import java.util.Objects;

/**
 * A config value that is out of range or inconsistent, thrown by a config record's constructor or
 * by {@link Provider#create}. The runtime reports it as {@code file:line:col section.field:
 * message}, so the message says what is expected ("must be > 0, got -3"), not where.
 */
public class InvalidConfigException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String field;

  /**
   * @param field the YAML key of the offending value inside its section, dotted for nested keys
   *     ({@code rows}, {@code capacity.r0}); never null
   * @param message what is expected
   */
  public InvalidConfigException(String field, String message) {
    super(message);
    this.field = Objects.requireNonNull(field, "field");
  }

  /** The YAML key of the offending value inside its section. */
  public String field() {
    return field;
  }
}
