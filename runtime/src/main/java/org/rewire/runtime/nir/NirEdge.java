package org.rewire.runtime.nir;

/**
 * A directed edge of a NIR graph: the output of node {@code from} is the input of node {@code to}
 * (NIR's edges are identities; a weight is a node of its own).
 *
 * @param from source node name
 * @param to target node name
 */
public record NirEdge(String from, String to) {
  @Override
  public String toString() {
    return from + " -> " + to;
  }
}
