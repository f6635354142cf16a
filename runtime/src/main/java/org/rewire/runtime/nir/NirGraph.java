package org.rewire.runtime.nir;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A NIR graph (Pedersen et al. 2024, "Neuromorphic intermediate representation: A unified
 * instruction set for interoperable brain-inspired computing", Nat. Commun. 15:8122;
 * github.com/neuromorphs/NIR): named nodes and the edges between them, plus the graph's metadata.
 *
 * @param nodes the nodes by name, in file order
 * @param edges the edges, in file order
 * @param metadata the graph's numeric metadata entries (Rewire writes {@code dt})
 */
public record NirGraph(
    Map<String, NirNode> nodes, List<NirEdge> edges, Map<String, NirArray> metadata) {
  public NirGraph {
    nodes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(nodes));
    edges = List.copyOf(edges);
    metadata = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
  }
}
