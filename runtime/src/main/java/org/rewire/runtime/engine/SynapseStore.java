package org.rewire.runtime.engine;

import java.util.Arrays;
import org.rewire.api.Connectivity;

/**
 * A sparse weight matrix that stores only active synapses: compressed rows (row = presynaptic
 * neuron or input channel), columns ascending within a row, with per-synapse weight, gradient and
 * the two Adam moments in parallel arrays indexed by <em>slot</em>.
 *
 * <p>Each row owns a slot range {@code [rowStart(r), rowStart(r) + capacity)} of which the first
 * {@link #rowLength(int)} slots are in use, so activating a synapse shifts at most one row. A full
 * row takes a quarter of its length (at least {@value #MIN_SLACK} slots) from the first row after
 * it with that many free slots, by moving the rows between them; the last row's free slots include
 * a reserve for this. Only when no row can give are the arrays re-laid out, every row with fresh
 * slack and a reserve of an eighth of all slots, so filling rows one after another (a sparsifier's
 * initialisation) takes a logarithmic number of re-layouts, not one per row and slack's worth (800
 * rows of 136 synapses: 19 ms instead of 2.3-2.4 s, JMH {@code SynapseStoreBenchmarks}). Slots
 * therefore move when the structure changes: {@link #layoutVersion()} counts the moves so holders
 * of slot-indexed buffers know when to resize. Weights of a row are contiguous, which is what the
 * engine's kernels stream over.
 *
 * <p>Not thread-safe for structural changes; the engine only reads it during a pass.
 */
public final class SynapseStore {
  private static final int MIN_SLACK = 4;

  private final int rows;
  private final int columns;
  private int[] start;
  private int[] length;
  private int[] column;
  private float[] weight;
  private float[] gradient;
  private float[] moment1;
  private float[] moment2;
  private long count;
  private int layoutVersion;

  private SynapseStore(int rows, int columns) {
    this.rows = rows;
    this.columns = columns;
  }

  /** A square store holding the synapses of {@code structure}, all weights 0. */
  public static SynapseStore of(Connectivity structure) {
    int n = structure.neurons();
    int[] rowStart = new int[n + 1];
    int[] targets = new int[structure.synapses()];
    for (int r = 0; r < n; r++) {
      rowStart[r + 1] = structure.rowEnd(r);
    }
    for (int k = 0; k < targets.length; k++) {
      targets[k] = structure.target(k);
    }
    return ofRows(n, n, rowStart, targets);
  }

  /**
   * A store of {@code rows x columns} holding the synapses given as compressed rows, all weights 0.
   *
   * @param rowStart {@code rows + 1} offsets into {@code targets}
   * @param targets columns of each row, strictly ascending within a row, in {@code [0, columns)}
   */
  public static SynapseStore ofRows(int rows, int columns, int[] rowStart, int[] targets) {
    if (rowStart.length != rows + 1 || rowStart[0] != 0 || rowStart[rows] != targets.length) {
      throw new IllegalArgumentException("rowStart must have rows + 1 offsets from 0 to #targets");
    }
    SynapseStore s = new SynapseStore(rows, columns);
    int[] lengths = new int[rows];
    for (int r = 0; r < rows; r++) {
      lengths[r] = rowStart[r + 1] - rowStart[r];
    }
    s.allocate(lengths, 0);
    for (int r = 0; r < rows; r++) {
      for (int k = rowStart[r]; k < rowStart[r + 1]; k++) {
        int c = targets[k];
        if (c < 0 || c >= columns || (k > rowStart[r] && c <= targets[k - 1])) {
          throw new IllegalArgumentException(
              "row " + r + ": columns must be ascending, distinct and in [0, " + columns + ")");
        }
        s.column[s.start[r] + k - rowStart[r]] = c;
      }
      s.length[r] = lengths[r];
      s.count += lengths[r];
    }
    return s;
  }

  /** Fresh arrays: each row its length plus slack, the last row {@code reserve} slots more. */
  private void allocate(int[] lengths, int reserve) {
    start = new int[rows + 1];
    for (int r = 0; r < rows; r++) {
      start[r + 1] = start[r] + lengths[r] + Math.max(MIN_SLACK, lengths[r] / 8);
    }
    start[rows] += reserve;
    int slots = start[rows];
    length = new int[rows];
    column = new int[slots];
    Arrays.fill(column, -1);
    weight = new float[slots];
    gradient = new float[slots];
    moment1 = new float[slots];
    moment2 = new float[slots];
    layoutVersion++;
  }

  /** Number of rows. */
  public int rows() {
    return rows;
  }

  /** Number of columns. */
  public int columns() {
    return columns;
  }

  /** Number of active synapses. */
  public long count() {
    return count;
  }

  /** Size of the slot-indexed arrays (active synapses plus slack). */
  public int slots() {
    return column.length;
  }

  /**
   * Incremented whenever slots move: a re-layout (every slot index changes, and {@link #slots()}
   * with them) or rows moved to give a full row room (the slots of the rows moved change, {@link
   * #slots()} does not).
   */
  public int layoutVersion() {
    return layoutVersion;
  }

  /** First slot of row {@code r}. */
  public int rowStart(int r) {
    return start[r];
  }

  /** Number of active synapses in row {@code r}; they occupy the first slots of the row. */
  public int rowLength(int r) {
    return length[r];
  }

  /** The slot of {@code row -> col}, or -1 if that synapse is inactive. */
  public int find(int row, int col) {
    checkIndex(row, col);
    int k = Arrays.binarySearch(column, start[row], start[row] + length[row], col);
    return k >= 0 ? k : -1;
  }

  /** The weight of {@code row -> col}; 0 when that synapse is inactive. */
  public float weightOf(int row, int col) {
    int k = find(row, col);
    return k < 0 ? 0f : weight[k];
  }

  /** The gradient of {@code row -> col}; 0 when that synapse is inactive. */
  public float gradientOf(int row, int col) {
    int k = find(row, col);
    return k < 0 ? 0f : gradient[k];
  }

  /**
   * Activates {@code row -> col} with {@code w}; gradient and moments of the new slot are 0.
   *
   * @return the new slot
   * @throws IllegalStateException if it is already active
   */
  public int insert(int row, int col, float w) {
    checkIndex(row, col);
    int k = Arrays.binarySearch(column, start[row], start[row] + length[row], col);
    if (k >= 0) {
      throw new IllegalStateException("synapse " + row + " -> " + col + " is already active");
    }
    if (start[row] + length[row] == start[row + 1]) {
      makeRoom(row);
      k = Arrays.binarySearch(column, start[row], start[row] + length[row], col);
    }
    int at = -k - 1;
    int end = start[row] + length[row];
    shift(at, end, 1);
    column[at] = col;
    weight[at] = w;
    gradient[at] = 0;
    moment1[at] = 0;
    moment2[at] = 0;
    length[row]++;
    count++;
    return at;
  }

  /**
   * Deactivates {@code row -> col}, dropping its weight, gradient and moments.
   *
   * @throws IllegalStateException if it is not active
   */
  public void remove(int row, int col) {
    int k = find(row, col);
    if (k < 0) {
      throw new IllegalStateException("synapse " + row + " -> " + col + " is not active");
    }
    int end = start[row] + length[row];
    shift(k + 1, end, -1);
    clearSlots(end - 1, end);
    length[row]--;
    count--;
  }

  /** Slots {@code [from, to)} unused: column -1, weight, gradient and moments 0. */
  private void clearSlots(int from, int to) {
    Arrays.fill(column, from, to, -1);
    Arrays.fill(weight, from, to, 0f);
    Arrays.fill(gradient, from, to, 0f);
    Arrays.fill(moment1, from, to, 0f);
    Arrays.fill(moment2, from, to, 0f);
  }

  private void shift(int from, int to, int by) {
    int n = to - from;
    System.arraycopy(column, from, column, from + by, n);
    System.arraycopy(weight, from, weight, from + by, n);
    System.arraycopy(gradient, from, gradient, from + by, n);
    System.arraycopy(moment1, from, moment1, from + by, n);
    System.arraycopy(moment2, from, moment2, from + by, n);
  }

  /**
   * Gives the full row {@code row} free slots, a quarter of its length and at least {@value
   * #MIN_SLACK}: from the first row after it with as many free slots (the last row's include the
   * reserve), by moving the rows between them (at most all the rows after it), else by a re-layout.
   */
  private void makeRoom(int row) {
    int share = Math.max(MIN_SLACK, length[row] / 4);
    int donor = row + 1;
    while (donor < rows && start[donor + 1] - start[donor] - length[donor] < share) {
      donor++;
    }
    if (donor == rows) {
      grow();
      return;
    }
    int from = start[row + 1];
    shift(from, start[donor] + length[donor], share);
    clearSlots(from, from + share);
    for (int r = row + 1; r <= donor; r++) {
      start[r] += share;
    }
    layoutVersion++;
  }

  /**
   * Re-lays out every row with room for one more synapse plus proportional slack, and the last row
   * with a reserve of an eighth of the slots besides for {@link #makeRoom}.
   */
  private void grow() {
    int[] oldStart = start;
    int[] oldLength = length;
    int[] oldColumn = column;
    float[] oldWeight = weight;
    float[] oldGradient = gradient;
    float[] oldM1 = moment1;
    float[] oldM2 = moment2;
    int[] lengths = new int[rows];
    for (int r = 0; r < rows; r++) {
      lengths[r] = oldLength[r] + 1;
    }
    allocate(lengths, oldStart[rows] / 8);
    for (int r = 0; r < rows; r++) {
      int n = oldLength[r];
      System.arraycopy(oldColumn, oldStart[r], column, start[r], n);
      System.arraycopy(oldWeight, oldStart[r], weight, start[r], n);
      System.arraycopy(oldGradient, oldStart[r], gradient, start[r], n);
      System.arraycopy(oldM1, oldStart[r], moment1, start[r], n);
      System.arraycopy(oldM2, oldStart[r], moment2, start[r], n);
      length[r] = n;
    }
  }

  private void checkIndex(int row, int col) {
    if (row < 0 || row >= rows || col < 0 || col >= columns) {
      throw new IndexOutOfBoundsException(
          "synapse " + row + " -> " + col + " outside " + rows + " x " + columns);
    }
  }

  /** The active synapses as compressed rows. */
  public Connectivity connectivity() {
    if (rows != columns) {
      throw new IllegalStateException("connectivity needs a square matrix");
    }
    int[] rowStart = new int[rows + 1];
    int[] targets = new int[Math.toIntExact(count)];
    for (int r = 0; r < rows; r++) {
      System.arraycopy(column, start[r], targets, rowStart[r], length[r]);
      rowStart[r + 1] = rowStart[r] + length[r];
    }
    return Connectivity.ofRows(rows, rowStart, targets);
  }

  /**
   * Replaces every synapse with a saved layout, slot for slot: the arrays of {@link
   * #rowStartArray()}, {@link #rowLengthArray()}, {@link #columnArray()}, {@link #weightArray()}
   * and the moments of a store of the same shape. Keeping the slots (not only the synapses) makes
   * the restored store grow and compute exactly as the saved one would have. Gradients start at 0.
   * The arrays are taken, not copied.
   *
   * @throws IllegalArgumentException if the arrays do not describe a valid store of this shape
   */
  public void restore(
      int[] rowStart, int[] rowLength, int[] columns, float[] weights, float[] m1, float[] m2) {
    int slots = columns.length;
    if (rowStart.length != rows + 1 || rowLength.length != rows) {
      throw new IllegalArgumentException(
          "saved store has " + rowLength.length + " rows, expected " + rows);
    }
    if (weights.length != slots || m1.length != slots || m2.length != slots) {
      throw new IllegalArgumentException("saved store's slot arrays differ in length");
    }
    if (rowStart[0] != 0 || rowStart[rows] != slots) {
      throw new IllegalArgumentException("saved store's row offsets do not span its slots");
    }
    long total = 0;
    for (int r = 0; r < rows; r++) {
      int from = rowStart[r];
      if (rowLength[r] < 0 || from + rowLength[r] > rowStart[r + 1]) {
        throw new IllegalArgumentException("saved store's row " + r + " overflows its slots");
      }
      for (int k = from; k < from + rowLength[r]; k++) {
        if (columns[k] < 0
            || columns[k] >= this.columns
            || (k > from && columns[k] <= columns[k - 1])) {
          throw new IllegalArgumentException(
              "saved store's row "
                  + r
                  + ": columns must be ascending and in [0, "
                  + this.columns
                  + ")");
        }
      }
      total += rowLength[r];
    }
    start = rowStart;
    length = rowLength;
    column = columns;
    weight = weights;
    gradient = new float[slots];
    moment1 = m1;
    moment2 = m2;
    count = total;
    layoutVersion++;
  }

  /** Sets every gradient to 0. */
  public void clearGradients() {
    Arrays.fill(gradient, 0);
  }

  // Slot-indexed arrays: the engine and optimizer work on them in place. Callers must not keep
  // them across structural changes.

  /** Column (postsynaptic neuron) per slot; -1 in unused slots. */
  public int[] columnArray() {
    return column;
  }

  /** Weight per slot; 0 in unused slots. */
  public float[] weightArray() {
    return weight;
  }

  /** Gradient of the last backward pass per slot; 0 in unused slots. */
  public float[] gradientArray() {
    return gradient;
  }

  /** Adam's first moment per slot. */
  public float[] moment1Array() {
    return moment1;
  }

  /** Adam's second moment per slot. */
  public float[] moment2Array() {
    return moment2;
  }

  /** Row start offsets ({@code rows + 1} entries; the last is {@link #slots()}). */
  public int[] rowStartArray() {
    return start;
  }

  /** Active synapses per row. */
  public int[] rowLengthArray() {
    return length;
  }
}
