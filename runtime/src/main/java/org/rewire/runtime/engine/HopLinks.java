package org.rewire.runtime.engine;

import java.util.function.IntBinaryOperator;
import java.util.random.RandomGenerator;
import org.rewire.api.Connectivity;
import org.rewire.api.HopProfile;
import org.rewire.api.Layout;

/**
 * Random neuron-to-core links drawn like the PyTorch reference's {@code build_masks}: every neuron
 * links to its own core; to a core at hop distance {@code d > 0} with probability {@code
 * profile.fraction(d)}, independently. A link {@code i -> T} expands to synapses onto every neuron
 * of core {@code T} that {@link StructuralRules} allows. One uniform draw per (neuron, other core)
 * pair in row-major order, so the result depends only on the seed.
 */
public final class HopLinks {
  private HopLinks() {}

  /**
   * Draws the links and returns the synapses.
   *
   * @param distance hop distance between cores, {@code (fromCore, toCore) -> hops}
   */
  public static Connectivity sample(
      Layout layout, IntBinaryOperator distance, HopProfile profile, RandomGenerator random) {
    StructuralRules rules = new StructuralRules(layout);
    int n = layout.neurons();
    int[][] members = new int[layout.cores()][];
    for (int c = 0; c < layout.cores(); c++) {
      members[c] = layout.neuronsOn(c);
    }
    Connectivity.Builder b = new Connectivity.Builder(n);
    for (int i = 0; i < n; i++) {
      int source = layout.coreOf(i);
      for (int core = 0; core < layout.cores(); core++) {
        boolean linked;
        if (core == source) {
          linked = true;
        } else {
          double p = profile.fraction(distance.applyAsInt(source, core));
          linked = random.nextDouble() < p;
        }
        if (linked) {
          for (int j : members[core]) {
            if (rules.allowed(i, j)) {
              b.add(i, j);
            }
          }
        }
      }
    }
    return b.build();
  }
}
