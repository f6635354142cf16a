package org.rewire.runtime.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class SynapseStoreTest {
  private static final int N = 200;

  /** What a synapse carries: weight, gradient and the two Adam moments, kept per slot. */
  private record State(float weight, float gradient, float m1, float m2) {}

  @Test
  void fillingRowsOneAfterAnotherKeepsEverySynapseAndFewSpareSlots() {
    SynapseStore store = empty();
    Map<Long, State> model = new TreeMap<>();
    SplittableRandom random = new SplittableRandom(1);
    for (int i = 0; i < N; i++) {
      for (int j = 0; j < N; j++) {
        if (random.nextDouble() < 0.2) {
          add(store, model, i, j, random);
        }
      }
    }
    assertMatches(store, model);
    // the slack of each row (an eighth) and the reserve (an eighth of all slots) at the most, with
    // room for the rows' minimum slack
    assertThat(store.slots()).isLessThanOrEqualTo((int) (1.5 * store.count()) + 4 * N);
  }

  @Test
  void randomInsertsAndRemovalsKeepEverySynapseWithItsState() {
    SynapseStore store = empty();
    Map<Long, State> model = new TreeMap<>();
    SplittableRandom random = new SplittableRandom(2);
    for (int op = 0; op < 40_000; op++) {
      int i = random.nextInt(N);
      int j = random.nextInt(N);
      if (store.find(i, j) >= 0) {
        if (random.nextInt(3) == 0) {
          store.remove(i, j);
          model.remove(key(i, j));
        }
      } else {
        add(store, model, i, j, random);
      }
    }
    assertThat(store.count()).isEqualTo(model.size());
    assertMatches(store, model);
  }

  @Test
  void aFullRowMovesTheRowsAfterItAndSaysSo() {
    SynapseStore store = empty();
    Map<Long, State> model = new TreeMap<>();
    SplittableRandom random = new SplittableRandom(3);
    add(store, model, 7, 3, random);
    int before = store.find(7, 3);
    int version = store.layoutVersion();
    for (int j = 0; store.find(7, 3) == before; j++) {
      add(store, model, 2, j, random);
    }
    assertThat(store.layoutVersion()).isGreaterThan(version);
    assertMatches(store, model);
  }

  @Test
  void insertingAnActiveSynapseOrRemovingAnInactiveOneIsRefused() {
    SynapseStore store = empty();
    store.insert(1, 2, 0.5f);
    assertThatThrownBy(() -> store.insert(1, 2, 0.1f)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> store.remove(2, 1)).isInstanceOf(IllegalStateException.class);
    assertThat(store.weightOf(1, 2)).isEqualTo(0.5f);
  }

  private static SynapseStore empty() {
    return SynapseStore.ofRows(N, N, new int[N + 1], new int[0]);
  }

  private static long key(int i, int j) {
    return (long) i * N + j;
  }

  /** Activates {@code i -> j} with a random weight, then gives its gradient and moments values. */
  private static void add(
      SynapseStore store, Map<Long, State> model, int i, int j, SplittableRandom random) {
    State s =
        new State(
            (float) random.nextGaussian(),
            (float) random.nextGaussian(),
            (float) random.nextGaussian(),
            (float) random.nextDouble());
    int slot = store.insert(i, j, s.weight());
    assertThat(store.gradientArray()[slot]).isZero();
    assertThat(store.moment1Array()[slot]).isZero();
    assertThat(store.moment2Array()[slot]).isZero();
    store.gradientArray()[slot] = s.gradient();
    store.moment1Array()[slot] = s.m1();
    store.moment2Array()[slot] = s.m2();
    model.put(key(i, j), s);
  }

  /**
   * The store holds exactly the model's synapses with their state, rows in order and each within
   * its slot range, columns ascending, and unused slots empty (column -1, all values 0).
   */
  private static void assertMatches(SynapseStore store, Map<Long, State> model) {
    int[] start = store.rowStartArray();
    int[] length = store.rowLengthArray();
    int[] column = store.columnArray();
    assertThat(start[0]).isZero();
    assertThat(start[N]).isEqualTo(store.slots());
    boolean[] used = new boolean[store.slots()];
    long count = 0;
    for (int r = 0; r < N; r++) {
      assertThat(start[r] + length[r])
          .as("row %d within its slots", r)
          .isLessThanOrEqualTo(start[r + 1]);
      for (int k = start[r]; k < start[r] + length[r]; k++) {
        used[k] = true;
        assertThat(k == start[r] || column[k] > column[k - 1]).as("row %d ascending", r).isTrue();
        State s = model.get(key(r, column[k]));
        assertThat(s).as("synapse %d -> %d", r, column[k]).isNotNull();
        assertThat(store.weightArray()[k]).isEqualTo(s.weight());
        assertThat(store.gradientArray()[k]).isEqualTo(s.gradient());
        assertThat(store.moment1Array()[k]).isEqualTo(s.m1());
        assertThat(store.moment2Array()[k]).isEqualTo(s.m2());
        count++;
      }
    }
    assertThat(count).isEqualTo(model.size()).isEqualTo(store.count());
    for (int k = 0; k < used.length; k++) {
      if (!used[k]) {
        assertThat(column[k]).as("unused slot %d", k).isEqualTo(-1);
        assertThat(store.weightArray()[k]).isZero();
        assertThat(store.gradientArray()[k]).isZero();
        assertThat(store.moment1Array()[k]).isZero();
        assertThat(store.moment2Array()[k]).isZero();
      }
    }
  }
}
