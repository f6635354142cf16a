package org.rewire.runtime.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * One change to an experiment before it is bound: a dotted key ({@code training.epochs}), a YAML
 * value and where that value was written (a {@code --set} option, or a line of a sweep file), so a
 * mistake in the value is reported where the user wrote it.
 *
 * @param key dotted path into the experiment
 * @param value the new value
 * @param origin where the value came from
 */
public record ValueOverride(String key, JsonNode value, SourceLocation origin) {
  /** The JSON pointer of {@link #key}. */
  public String pointer() {
    return "/" + key.replace('.', '/');
  }

  /** {@code key=value} with the value as compact JSON (valid YAML), for provenance. */
  public String text() {
    try {
      return key + "=" + StrictMapper.binder().writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a parsed YAML value always serializes", e);
    }
  }
}
