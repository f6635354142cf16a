package org.rewire.runtime.checkpoint;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import org.rewire.runtime.engine.NeuronParameter;

/**
 * A {@link NeuronParameter}'s saved state: its name, value per neuron and Adam moments (empty when
 * it is not trained). {@link #of} holds the live arrays, not copies: write it before they change.
 *
 * @param name the parameter's name, such as {@code decay_mem}
 * @param value value per neuron
 * @param moment1 Adam's first moment per neuron, or empty
 * @param moment2 Adam's second moment per neuron, or empty
 */
public record NeuronParameterState(String name, float[] value, float[] moment1, float[] moment2) {

  /** The state of {@code p} now (sharing its arrays). */
  public static NeuronParameterState of(NeuronParameter p) {
    return new NeuronParameterState(p.name(), p.valueArray(), p.moment1Array(), p.moment2Array());
  }

  void writeTo(DataOutput out) throws IOException {
    out.writeUTF(name);
    RawArrays.writeFloats(out, value);
    RawArrays.writeFloats(out, moment1);
    RawArrays.writeFloats(out, moment2);
  }

  /** Reads a state; no array may be longer than {@code max} (the file's size bounds it). */
  static NeuronParameterState readFrom(DataInput in, int max) throws IOException {
    return new NeuronParameterState(
        in.readUTF(),
        RawArrays.readFloats(in, max),
        RawArrays.readFloats(in, max),
        RawArrays.readFloats(in, max));
  }
}
