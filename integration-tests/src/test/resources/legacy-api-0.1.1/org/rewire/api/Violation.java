package org.rewire.api;

/**
 * A port that must carry more routed lines than it can: the network does not fit.
 *
 * @param element the {@link ElementUsage#id()} of the element
 * @param port the port name
 * @param load lines it must carry
 * @param capacity lines it can carry
 */
public record Violation(String element, String port, int load, int capacity) {
  @Override
  public String toString() {
    return element + " " + port + ": " + load + " lines > capacity " + capacity;
  }
}
