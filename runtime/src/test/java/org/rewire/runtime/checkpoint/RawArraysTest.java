package org.rewire.runtime.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RawArraysTest {
  @Test
  void arraysLongerThanOneChunkAndEmptyOnesComeBackExactly() throws IOException {
    SplittableRandom random = new SplittableRandom(7);
    int[] ints = random.ints(200_003).toArray();
    float[] floats = new float[150_001];
    for (int i = 0; i < floats.length; i++) {
      floats[i] = (float) random.nextGaussian();
    }
    floats[5] = Float.NaN;
    floats[6] = -0f;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      RawArrays.writeInts(out, ints);
      RawArrays.writeFloats(out, floats);
      RawArrays.writeInts(out, new int[0]);
    }
    assertThat(bytes.size()).isEqualTo(3 * 4 + 200_003 * 4 + 150_001 * 4);
    DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()));
    assertThat(RawArrays.readInts(in, 1 << 20)).isEqualTo(ints);
    float[] back = RawArrays.readFloats(in, 1 << 20);
    for (int i = 0; i < floats.length; i++) {
      assertThat(Float.floatToRawIntBits(back[i])).isEqualTo(Float.floatToRawIntBits(floats[i]));
    }
    assertThat(RawArrays.readInts(in, 1 << 20)).isEmpty();
  }

  @Test
  void aLengthAboveTheLimitIsRefusedBeforeAllocating() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      RawArrays.writeInts(out, new int[10]);
    }
    DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()));
    assertThatThrownBy(() -> RawArrays.readInts(in, 9))
        .isInstanceOf(IOException.class)
        .hasMessage("array length 10 outside [0, 9]");
  }
}
