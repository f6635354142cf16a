package org.example.dynapse2;

import java.util.BitSet;
import org.rewire.api.Connectivity;
import org.rewire.api.Layout;

/**
 * The routing memory a network needs on a DYNAP-SE2-class board, counted per neuron, core and chip.
 *
 * <ul>
 *   <li>CAM: a neuron's content-addressable memory holds one entry per incoming synapse, naming the
 *       tag of its source (and the synapse type and weight mask).
 *   <li>SRAM: a neuron's SRAM holds one entry per destination core its spikes must reach, its own
 *       core included (on the chip a spike reaches even its own core through the router). The chip's
 *       core mask lets one entry serve several cores of one chip; this model spends one entry per
 *       core, as the published limit of 4 destination cores per neuron reads.
 *   <li>Tags: every presynaptic neuron with a synapse onto a chip needs a tag there, so that the
 *       chip's CAMs can tell its spikes apart; a chip has a fixed number of tags.
 * </ul>
 *
 * Arrays are indexed by neuron, core and chip; immutable once counted.
 */
final class RoutingTables {
  final int[] camPerNeuron;
  final int[] sramPerNeuron;
  final long[] camPerCore;
  final long[] sramPerCore;
  final int[] tagsPerChip;

  private RoutingTables(int neurons, int cores, int chips) {
    camPerNeuron = new int[neurons];
    sramPerNeuron = new int[neurons];
    camPerCore = new long[cores];
    sramPerCore = new long[cores];
    tagsPerChip = new int[chips];
  }

  /**
   * Counts the entries {@code network} needs on a board laid out as {@code layout}, {@code
   * coresPerChip} cores to a chip.
   */
  static RoutingTables count(Connectivity network, Layout layout, int coresPerChip) {
    int cores = layout.cores();
    int chips = (cores + coresPerChip - 1) / coresPerChip;
    RoutingTables t = new RoutingTables(network.neurons(), cores, chips);
    BitSet coresReached = new BitSet(cores);
    BitSet chipsReached = new BitSet(chips);
    for (int pre = 0; pre < network.neurons(); pre++) {
      coresReached.clear();
      chipsReached.clear();
      for (int k = network.rowStart(pre); k < network.rowEnd(pre); k++) {
        int post = network.target(k);
        int core = layout.coreOf(post);
        t.camPerNeuron[post]++;
        t.camPerCore[core]++;
        coresReached.set(core);
        chipsReached.set(core / coresPerChip);
      }
      int destinations = coresReached.cardinality();
      t.sramPerNeuron[pre] = destinations;
      t.sramPerCore[layout.coreOf(pre)] += destinations;
      for (int chip = chipsReached.nextSetBit(0); chip >= 0; chip = chipsReached.nextSetBit(chip + 1)) {
        t.tagsPerChip[chip]++;
      }
    }
    return t;
  }

  /** CAM entries on the board. */
  long cam() {
    long sum = 0;
    for (long c : camPerCore) {
      sum += c;
    }
    return sum;
  }

  /** SRAM entries on the board: the neuron-to-core links. */
  long sram() {
    long sum = 0;
    for (long s : sramPerCore) {
      sum += s;
    }
    return sum;
  }

  /** Tags in use, summed over chips. */
  long tags() {
    long sum = 0;
    for (int t : tagsPerChip) {
      sum += t;
    }
    return sum;
  }
}
