package org.rewire.runtime.checkpoint;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import org.rewire.runtime.engine.SynapseStore;

/**
 * A {@link SynapseStore}'s saved layout: row offsets and lengths, and per slot the column, weight
 * and both Adam moments. Gradients are not saved: every step recomputes them before use.
 *
 * <p>{@link #of} holds the live arrays, not copies: write it before the store changes again.
 */
public record StoreState(
    int[] rowStart,
    int[] rowLength,
    int[] column,
    float[] weight,
    float[] moment1,
    float[] moment2) {

  /** The state of {@code store} now (sharing its arrays). */
  public static StoreState of(SynapseStore store) {
    return new StoreState(
        store.rowStartArray(),
        store.rowLengthArray(),
        store.columnArray(),
        store.weightArray(),
        store.moment1Array(),
        store.moment2Array());
  }

  /** Makes {@code store} this state; the state's arrays become the store's. */
  void applyTo(SynapseStore store) {
    store.restore(rowStart, rowLength, column, weight, moment1, moment2);
  }

  void writeTo(DataOutput out) throws IOException {
    RawArrays.writeInts(out, rowStart);
    RawArrays.writeInts(out, rowLength);
    RawArrays.writeInts(out, column);
    RawArrays.writeFloats(out, weight);
    RawArrays.writeFloats(out, moment1);
    RawArrays.writeFloats(out, moment2);
  }

  /** Reads a state; no array may be longer than {@code max} (the file's size bounds it). */
  static StoreState readFrom(DataInput in, int max) throws IOException {
    return new StoreState(
        RawArrays.readInts(in, max),
        RawArrays.readInts(in, max),
        RawArrays.readInts(in, max),
        RawArrays.readFloats(in, max),
        RawArrays.readFloats(in, max),
        RawArrays.readFloats(in, max));
  }
}
