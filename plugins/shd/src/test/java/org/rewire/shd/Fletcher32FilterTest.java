package org.rewire.shd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jhdf.filter.FilterManager;
import io.jhdf.object.message.FilterPipelineMessage.FilterInfo;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The filter as jHDF's pipeline runs it once installed (jHDF's own filter would pass every chunk).
 * The checksum itself is checked against files HDF5 wrote, in {@code ShdFileReaderTest}.
 */
class Fletcher32FilterTest {
  private static final byte[] DATA = "spikes at 0.010 s".getBytes(StandardCharsets.US_ASCII);

  private static byte[] withChecksum(byte[] data, int checksum) {
    byte[] chunk = Arrays.copyOf(data, data.length + 4);
    for (int b = 0; b < 4; b++) {
      chunk[data.length + b] = (byte) (checksum >>> (8 * b));
    }
    return chunk;
  }

  /** Decodes through jHDF's own pipeline, as a dataset read does once the filter is installed. */
  private static byte[] decode(byte[] chunk) {
    Fletcher32Filter.install();
    FilterInfo fletcher32 = new FilterInfo(Fletcher32Filter.ID, "fletcher32", false, new int[0]);
    return FilterManager.getPipeline(List.of(fletcher32)).decode(chunk);
  }

  @Test
  void aGoodChunkComesBackWithoutItsChecksum() {
    byte[] chunk = withChecksum(DATA, Fletcher32Filter.checksum(DATA, DATA.length));

    assertThat(decode(chunk)).isEqualTo(DATA);
  }

  @Test
  void theByteSwappedChecksumOfHdf5BeforeVersion163IsAccepted() {
    int checksum = Fletcher32Filter.checksum(DATA, DATA.length);
    int swapped = (checksum & 0xff00ff00) >>> 8 | (checksum & 0x00ff00ff) << 8;

    assertThat(decode(withChecksum(DATA, swapped))).isEqualTo(DATA);
  }

  @Test
  void anyFlippedBitIsCaught() {
    byte[] chunk = withChecksum(DATA, Fletcher32Filter.checksum(DATA, DATA.length));
    for (int bit = 0; bit < DATA.length * 8; bit++) {
      byte[] damaged = chunk.clone();
      damaged[bit / 8] ^= (byte) (1 << (bit % 8));

      assertThatThrownBy(() -> decode(damaged))
          .isInstanceOf(Fletcher32Filter.Mismatch.class)
          .hasMessageStartingWith("a chunk fails its Fletcher32 checksum (stored ");
    }
  }

  @Test
  void aChunkTooShortForAChecksumIsRefused() {
    assertThatThrownBy(() -> decode(new byte[3]))
        .isInstanceOf(Fletcher32Filter.Mismatch.class)
        .hasMessage("a chunk of 3 bytes is too short to hold its Fletcher32 checksum");
  }
}
