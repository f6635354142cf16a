package org.rewire.api;

import java.util.Objects;

/**
 * A set of recurrent synapses {@code (pre, post)} of a network: the synapses a {@link Violation}
 * blames for an element over capacity. Stored as the network's connectivity and a filter, so naming
 * thousands of synapses costs no copy: walking the set walks the network's rows and keeps the
 * synapses the filter accepts (a target's filter is typically a lookup by cores). Immutable,
 * thread-safe when the filter is; equality is by content.
 *
 * @since api 0.2.0
 */
public final class SynapseSet {
  private static final SynapseSet EMPTY = new SynapseSet(new Connectivity.Builder(0).build(), null);

  private final Connectivity network;
  private final SynapseFilter filter;

  private SynapseSet(Connectivity network, SynapseFilter filter) {
    this.network = network;
    this.filter = filter;
  }

  /** Every synapse of {@code network}. */
  public static SynapseSet of(Connectivity network) {
    return new SynapseSet(Objects.requireNonNull(network, "network"), null);
  }

  /** The synapses of {@code network} that {@code filter} accepts. */
  public static SynapseSet where(Connectivity network, SynapseFilter filter) {
    return new SynapseSet(
        Objects.requireNonNull(network, "network"), Objects.requireNonNull(filter, "filter"));
  }

  /** The synapses of {@code network} from presynaptic neuron {@code pre}. */
  public static SynapseSet from(Connectivity network, int pre) {
    Objects.checkIndex(pre, network.neurons());
    return where(network, (i, j) -> i == pre);
  }

  /** The synapses of {@code network} onto postsynaptic neuron {@code post}. */
  public static SynapseSet onto(Connectivity network, int post) {
    Objects.checkIndex(post, network.neurons());
    return where(network, (i, j) -> j == post);
  }

  /** No synapse. */
  public static SynapseSet empty() {
    return EMPTY;
  }

  /** Calls {@code visitor} once per synapse, presynaptic neurons ascending, then postsynaptic. */
  public void forEach(Visitor visitor) {
    for (int i = 0; i < network.neurons(); i++) {
      for (int k = network.rowStart(i); k < network.rowEnd(i); k++) {
        int j = network.target(k);
        if (filter == null || filter.accepts(i, j)) {
          visitor.visit(i, j);
        }
      }
    }
  }

  /** Number of synapses. */
  public long count() {
    if (filter == null) {
      return network.synapses();
    }
    long[] n = {0};
    forEach((i, j) -> n[0]++);
    return n[0];
  }

  /** Number of distinct presynaptic neurons among the synapses. */
  public int sources() {
    int[] last = {-1};
    int[] n = {0};
    forEach(
        (i, j) -> {
          if (i != last[0]) {
            last[0] = i;
            n[0]++;
          }
        });
    return n[0];
  }

  /** Whether {@code pre -> post} is in the set. */
  public boolean contains(int pre, int post) {
    return pre >= 0
        && pre < network.neurons()
        && network.contains(pre, post)
        && (filter == null || filter.accepts(pre, post));
  }

  /** The set as a network over the same neurons. */
  public Connectivity toConnectivity() {
    if (filter == null) {
      return network;
    }
    Connectivity.Builder b = new Connectivity.Builder(network.neurons());
    forEach(b::add);
    return b.build();
  }

  @Override
  public boolean equals(Object o) {
    return o == this || (o instanceof SynapseSet s && toConnectivity().equals(s.toConnectivity()));
  }

  @Override
  public int hashCode() {
    return toConnectivity().hashCode();
  }

  @Override
  public String toString() {
    return "SynapseSet[" + count() + " synapses]";
  }

  /** Receives synapses. */
  @FunctionalInterface
  public interface Visitor {
    /** One synapse. */
    void visit(int pre, int post);
  }

  /** Decides which synapses of a network belong to a set; must be pure and thread-safe. */
  @FunctionalInterface
  public interface SynapseFilter {
    /** Whether {@code pre -> post} belongs to the set. */
    boolean accepts(int pre, int post);
  }
}
