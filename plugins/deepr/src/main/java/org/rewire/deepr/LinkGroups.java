package org.rewire.deepr;

import java.util.Arrays;
import java.util.TreeSet;
import org.rewire.api.HardwareTarget;
import org.rewire.api.HopProfile;
import org.rewire.api.HopTarget;
import org.rewire.api.InvalidConfigException;
import org.rewire.api.Layout;
import org.rewire.api.SparseNetwork;

/**
 * The fixed structure routing-aware training works on: neuron-to-core links {@code (i, T)} grouped
 * by source core {@code S = core(i)} and hop distance {@code d = D(S, T)}, with the number of
 * allowed synapses behind each link and the per-group budget of a hop profile.
 *
 * <p>A link is numbered {@code i * cores + T}. Only links between distinct cores are grouped; a
 * core's own block (intra-tile) is not a link to rewire. A link is a <em>candidate</em> when at
 * least one synapse {@code i -> j}, {@code j} on {@code T}, is {@link SparseNetwork#allowed}: links
 * whose whole block is structurally excluded can never carry a spike, so they neither count towards
 * a budget nor get drawn.
 *
 * <p>Built once per run in {@code O(N^2)} calls to {@code allowed} and {@code O(cores^2)} calls to
 * {@link HardwareTarget#distance}; everything the rewiring loop needs afterwards is an array
 * lookup.
 */
final class LinkGroups {
  private final int neurons;
  private final int cores;
  private final int[] coreOf;
  private final int[][] neuronsOn;
  private final int[] distances;
  private final int[][][] coresAt;
  private final int[] groupOf;
  private final int[] allowedCount;
  private final int[][] candidates;

  private LinkGroups(SparseNetwork network, HopTarget target) {
    Layout layout = network.layout();
    this.neurons = layout.neurons();
    this.cores = layout.cores();
    this.coreOf = coresOf(layout);
    this.neuronsOn = new int[cores][];
    for (int c = 0; c < cores; c++) {
      neuronsOn[c] = layout.neuronsOn(c);
    }
    int[] distance = new int[cores * cores];
    TreeSet<Integer> seen = new TreeSet<>();
    for (int s = 0; s < cores; s++) {
      for (int t = 0; t < cores; t++) {
        if (s != t) {
          distance[s * cores + t] = target.distance(s, t);
          seen.add(distance[s * cores + t]);
        }
      }
    }
    this.distances = seen.stream().mapToInt(Integer::intValue).toArray();
    this.coresAt = new int[cores][distances.length][];
    this.groupOf = new int[cores * cores];
    Arrays.fill(groupOf, -1);
    for (int s = 0; s < cores; s++) {
      int[] fill = new int[distances.length];
      int[][] at = new int[distances.length][cores];
      for (int t = 0; t < cores; t++) {
        if (s != t) {
          int g = group(distance[s * cores + t]);
          groupOf[s * cores + t] = g;
          at[g][fill[g]++] = t;
        }
      }
      for (int g = 0; g < distances.length; g++) {
        coresAt[s][g] = Arrays.copyOf(at[g], fill[g]);
      }
    }
    this.allowedCount = new int[neurons * cores];
    for (int i = 0; i < neurons; i++) {
      for (int j = 0; j < neurons; j++) {
        if (network.allowed(i, j)) {
          allowedCount[i * cores + coreOf[j]]++;
        }
      }
    }
    this.candidates = new int[cores][distances.length];
    for (int s = 0; s < cores; s++) {
      for (int g = 0; g < distances.length; g++) {
        for (int i : neuronsOn[s]) {
          for (int t : coresAt[s][g]) {
            if (allowedCount[i * cores + t] > 0) {
              candidates[s][g]++;
            }
          }
        }
      }
    }
  }

  /**
   * The links of {@code network} on {@code target}'s hop distances.
   *
   * @throws InvalidConfigException naming {@code type} when the target has no hop distances
   */
  static LinkGroups of(SparseNetwork network, HardwareTarget target) {
    if (network.layout().cores() != target.layout().cores()) {
      throw new IllegalArgumentException(
          "network has "
              + network.layout().cores()
              + " cores, the target "
              + target.layout().cores());
    }
    return new LinkGroups(network, HopTarget.require(target, "a hop profile", "type"));
  }

  /** The core of every neuron of {@code layout}, as an array for hot loops. */
  static int[] coresOf(Layout layout) {
    int[] core = new int[layout.neurons()];
    for (int i = 0; i < core.length; i++) {
      core[i] = layout.coreOf(i);
    }
    return core;
  }

  /**
   * Fails when {@code target} has no hop distances ({@link HopTarget}) or {@code profile} asks for
   * links at a distance no two cores of it are apart: the api's one rule ({@link
   * HopProfile#requireDistancesOf}), which {@code rewire estimate} applies to {@code --profile}
   * too.
   *
   * @param type the sparsifier's YAML type, for the message
   * @throws InvalidConfigException naming {@code type} or {@code profile.<distance>}
   */
  static void checkProfile(HopProfile profile, HardwareTarget target, String type) {
    HopTarget hops = HopTarget.require(target, type, "type");
    try {
      profile.requireDistancesOf(hops);
    } catch (InvalidConfigException e) {
      throw new InvalidConfigException("profile." + e.field(), e.getMessage());
    }
  }

  int neurons() {
    return neurons;
  }

  int cores() {
    return cores;
  }

  int coreOf(int neuron) {
    return coreOf[neuron];
  }

  /** The neurons on {@code core}, ascending; shared, do not modify. */
  int[] neuronsOn(int core) {
    return neuronsOn[core];
  }

  /** Number of distinct distances between distinct cores: the groups per source core. */
  int groups() {
    return distances.length;
  }

  /** The hop distance of group {@code g}. */
  int distance(int g) {
    return distances[g];
  }

  /** The group of distance {@code d}, or a negative number if no two cores are that far apart. */
  int group(int d) {
    return Arrays.binarySearch(distances, d);
  }

  /** The cores at the distance of group {@code g} from {@code source}; shared, do not modify. */
  int[] coresAt(int source, int g) {
    return coresAt[source][g];
  }

  /** The group of link target {@code t} from source core {@code s}; -1 when {@code s == t}. */
  int groupOf(int s, int t) {
    return groupOf[s * cores + t];
  }

  /** Allowed synapses behind link {@code i -> core}. */
  int allowedCount(int i, int core) {
    return allowedCount[i * cores + core];
  }

  /** Links of group {@code (source, g)} with at least one allowed synapse. */
  int candidates(int source, int g) {
    return candidates[source][g];
  }

  /**
   * The budget {@code K[S, d] = round(p_d * candidates(S, d))} of every group, rounding half to
   * even as numpy does. On the paper's network every inter-tile link has allowed synapses, so this
   * is its {@code round(p_d * S_size * #{T : D(S,T) = d})}.
   */
  int[][] budget(HopProfile profile) {
    int[][] k = new int[cores][distances.length];
    for (int s = 0; s < cores; s++) {
      for (int g = 0; g < distances.length; g++) {
        k[s][g] = (int) Math.rint(profile.fraction(distances[g]) * candidates[s][g]);
      }
    }
    return k;
  }
}
