package org.rewire.runtime.nir;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One node of a NIR graph, as its HDF5 group holds it: its {@code type} (NIR's class name: {@code
 * Input}, {@code Linear}, {@code LIF}, ...), its numeric fields by name, its string fields
 * (metadata entries) and, for a {@code NIRGraph} node, the nested graph.
 *
 * @param type NIR's node type
 * @param fields numeric fields by name, in file order
 * @param metadata the node's metadata entries that are strings or numbers, as text
 * @param subgraph the nested graph of a {@code NIRGraph} node, else null
 */
public record NirNode(
    String type, Map<String, NirArray> fields, Map<String, String> metadata, NirGraph subgraph) {

  /** NIR's type name of a nested graph. */
  public static final String GRAPH = "NIRGraph";

  public NirNode {
    fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    metadata = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
  }

  /** A node of {@code type} with {@code fields} and no metadata. */
  public static NirNode of(String type, Map<String, NirArray> fields) {
    return new NirNode(type, fields, Map.of(), null);
  }

  /** Whether this node is a nested graph. */
  public boolean isGraph() {
    return subgraph != null;
  }
}
