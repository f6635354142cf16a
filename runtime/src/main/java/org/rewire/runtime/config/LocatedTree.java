package org.rewire.runtime.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.Map;

/**
 * A YAML document as a Jackson tree plus the location of every value and every mapping key, by JSON
 * pointer. Mutable only through {@link #set}, which records where an override came from.
 */
public final class LocatedTree {
  private final ObjectNode root;
  private final SourceLocation fileStart;
  private final Map<String, SourceLocation> values;
  private final Map<String, SourceLocation> keys;

  LocatedTree(
      ObjectNode root,
      SourceLocation fileStart,
      Map<String, SourceLocation> values,
      Map<String, SourceLocation> keys) {
    this.root = root;
    this.fileStart = fileStart;
    this.values = new HashMap<>(values);
    this.keys = new HashMap<>(keys);
  }

  /** The document's root mapping. */
  public ObjectNode root() {
    return root;
  }

  /**
   * Where the value at {@code pointer} starts; for a pointer with no value (a missing key), the
   * nearest enclosing value that exists.
   */
  public SourceLocation valueLocation(String pointer) {
    for (String p = pointer; ; p = parent(p)) {
      SourceLocation l = values.get(p);
      if (l != null) {
        return l;
      }
      if (p.isEmpty()) {
        return fileStart;
      }
    }
  }

  /** Where the key of {@code pointer} is written, else where its value is. */
  public SourceLocation keyLocation(String pointer) {
    SourceLocation l = keys.get(pointer);
    return l != null ? l : valueLocation(pointer);
  }

  /** The node at {@code pointer}, or a missing node. */
  public JsonNode at(String pointer) {
    return root.at(pointer);
  }

  /**
   * Replaces the value at {@code pointer} (creating mappings on the way) and records its origin.
   */
  void set(String pointer, JsonNode value, SourceLocation origin) {
    values.keySet().removeIf(p -> p.startsWith(pointer + "/"));
    keys.keySet().removeIf(p -> p.startsWith(pointer + "/"));
    values.put(pointer, origin);
    keys.put(pointer, origin);
    String parent = parent(pointer);
    ObjectNode container = root;
    if (!parent.isEmpty()) {
      JsonNode node = root;
      StringBuilder walked = new StringBuilder();
      for (String part : parent.substring(1).split("/")) {
        walked.append('/').append(part);
        JsonNode next = node.get(part);
        if (next == null || next.isNull()) {
          next = ((ObjectNode) node).putObject(part);
          values.putIfAbsent(walked.toString(), origin);
        } else if (!next.isObject()) {
          throw new ExperimentFileException(
              origin,
              YamlPaths.dotted(walked.toString()),
              "cannot set a key inside " + Describe.node(next) + "; expected a mapping here");
        }
        node = next;
      }
      container = (ObjectNode) node;
    }
    container.set(pointer.substring(pointer.lastIndexOf('/') + 1), value);
  }

  static String parent(String pointer) {
    int slash = pointer.lastIndexOf('/');
    return slash <= 0 ? "" : pointer.substring(0, slash);
  }
}
