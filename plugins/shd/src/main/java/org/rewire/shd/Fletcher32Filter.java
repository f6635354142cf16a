package org.rewire.shd;

import io.jhdf.filter.Filter;
import io.jhdf.filter.FilterManager;
import java.util.Arrays;
import java.util.Locale;

/**
 * HDF5's Fletcher32 filter (filter id 3) with its checksum verified. jHDF 0.13.0 registers a
 * Fletcher32 filter that only logs that it does not check anything and passes the chunk on, so a
 * damaged chunk would be read as good data; {@link #install()} puts this one in its place.
 *
 * <p>HDF5 appends the checksum of the filtered chunk bytes to each chunk as 4 bytes little-endian
 * (H5Zfletcher32.c); the checksum is {@link #checksum}. As HDF5 does, the byte-swapped value that
 * HDF5 1.6.2 and earlier wrote on little-endian machines is accepted too.
 */
final class Fletcher32Filter implements Filter {
  /** The filter's id in the HDF5 filter registry. */
  static final int ID = 3;

  private static final int CHECKSUM_BYTES = 4;

  /** HDF5's limit on 16-bit words summed before the sums must be folded to stay in 32 bits. */
  private static final int WORDS_BEFORE_FOLD = 360;

  private static boolean installed;

  private Fletcher32Filter() {}

  /**
   * Makes every dataset read after this call in this class loader verify its Fletcher32 checksums.
   * jHDF keeps one filter table per class loader (the plugin's own), so no other reader is
   * affected. Only the first call changes the table, which jHDF does not guard for concurrent use.
   */
  static synchronized void install() {
    if (!installed) {
      FilterManager.addFilter(new Fletcher32Filter());
      installed = true;
    }
  }

  @Override
  public int getId() {
    return ID;
  }

  @Override
  public String getName() {
    return "fletcher32";
  }

  /**
   * @return the chunk without its 4-byte checksum
   * @throws Mismatch if the stored checksum is not that of the bytes before it
   */
  @Override
  public byte[] decode(byte[] encodedData, int[] filterData) {
    if (encodedData.length < CHECKSUM_BYTES) {
      throw new Mismatch(
          "a chunk of "
              + encodedData.length
              + " bytes is too short to hold its Fletcher32 checksum");
    }
    int length = encodedData.length - CHECKSUM_BYTES;
    int stored =
        (encodedData[length] & 0xff)
            | (encodedData[length + 1] & 0xff) << 8
            | (encodedData[length + 2] & 0xff) << 16
            | (encodedData[length + 3] & 0xff) << 24;
    int computed = checksum(encodedData, length);
    if (stored != computed && stored != swapBytesOfEachHalf(computed)) {
      throw new Mismatch(
          String.format(
              Locale.ROOT,
              "a chunk fails its Fletcher32 checksum (stored %08x, computed %08x)",
              stored,
              computed));
    }
    return Arrays.copyOf(encodedData, length);
  }

  /**
   * HDF5's {@code H5_checksum_fletcher32} (H5checksum.c): Fletcher's checksum over big-endian
   * 16-bit words with both sums starting at 0, an odd last byte taken as the high byte of a word,
   * sums folded modulo 65535 (one's complement) and the result {@code sum2 << 16 | sum1}.
   *
   * @param data the bytes to sum, from index 0
   * @param length how many of them
   */
  static int checksum(byte[] data, int length) {
    long sum1 = 0;
    long sum2 = 0;
    int words = length / 2;
    int i = 0;
    while (words > 0) {
      int run = Math.min(words, WORDS_BEFORE_FOLD);
      words -= run;
      for (int w = 0; w < run; w++, i += 2) {
        sum1 += (data[i] & 0xff) << 8 | (data[i + 1] & 0xff);
        sum2 += sum1;
      }
      sum1 = fold(sum1);
      sum2 = fold(sum2);
    }
    if (length % 2 != 0) {
      sum1 += (data[i] & 0xff) << 8;
      sum2 += sum1;
      sum1 = fold(sum1);
      sum2 = fold(sum2);
    }
    sum1 = fold(sum1);
    sum2 = fold(sum2);
    return (int) (sum2 << 16 | sum1);
  }

  private static long fold(long sum) {
    return (sum & 0xffff) + (sum >>> 16);
  }

  private static int swapBytesOfEachHalf(int value) {
    return (value & 0xff00ff00) >>> 8 | (value & 0x00ff00ff) << 8;
  }

  /** A chunk whose stored Fletcher32 checksum does not match its bytes: the file is damaged. */
  static final class Mismatch extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Mismatch(String message) {
      super(message);
    }
  }
}
