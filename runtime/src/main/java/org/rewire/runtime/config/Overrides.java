package org.rewire.runtime.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.rewire.runtime.UserInputException;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Command-line overrides, {@code --set training.epochs=3}: a dotted path into the experiment and a
 * YAML value ({@code 3}, {@code 0.5}, {@code true}, {@code stride}, {@code {1: 0.8, 3: 0.1}}).
 * Missing mappings on the path are created; setting a key inside a scalar fails.
 */
public final class Overrides {
  private Overrides() {}

  /** Applies each override in order; later ones win. */
  public static void apply(LocatedTree tree, List<String> overrides) {
    applyAll(tree, parse(overrides));
  }

  /** Applies each override in order at its own origin; later ones win. */
  public static void applyAll(LocatedTree tree, List<ValueOverride> overrides) {
    for (ValueOverride o : overrides) {
      tree.set(o.pointer(), o.value(), o.origin());
    }
  }

  /** Parses {@code key=value} options. */
  public static List<ValueOverride> parse(List<String> overrides) {
    List<ValueOverride> parsed = new ArrayList<>();
    for (String text : overrides) {
      SourceLocation origin = new SourceLocation("--set " + text, 0, 0);
      int eq = text.indexOf('=');
      if (eq <= 0) {
        throw new UserInputException(
            "--set " + text + ": expected key=value, for example --set training.epochs=3");
      }
      String key = text.substring(0, eq).strip();
      if (!isKey(key)) {
        throw new UserInputException(
            "--set " + text + ": expected a dotted key like training.epochs, got '" + key + "'");
      }
      parsed.add(new ValueOverride(key, parseValue(text.substring(eq + 1), origin), origin));
    }
    return parsed;
  }

  /** Whether {@code key} is a dotted path such as {@code training.epochs}. */
  public static boolean isKey(String key) {
    return key.matches("[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*");
  }

  private static JsonNode parseValue(String value, SourceLocation origin) {
    if (value.isBlank()) {
      throw new UserInputException(origin + ": expected a value after '='");
    }
    try {
      JsonNode node = StrictMapper.yaml().readTree(value);
      return node == null ? StrictMapper.yaml().getNodeFactory().textNode(value) : node;
    } catch (JsonProcessingException e) {
      throw new UserInputException(origin + ": value is not valid YAML: " + yamlProblem(e));
    }
  }

  /**
   * What the YAML parser says is wrong, in one line: its context and its problem ({@code while
   * parsing a flow mapping: expected ',' or '}', but got <stream end>}), without the marks that
   * point into the option's text, which the user has just typed.
   */
  private static String yamlProblem(JsonProcessingException e) {
    for (Throwable c = e; c != null; c = c.getCause()) {
      if (c instanceof MarkedYAMLException m && m.getProblem() != null) {
        return m.getContext() == null ? m.getProblem() : m.getContext() + ": " + m.getProblem();
      }
    }
    return e.getOriginalMessage().lines().findFirst().orElse("");
  }
}
