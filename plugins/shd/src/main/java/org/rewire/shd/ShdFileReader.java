package org.rewire.shd;

import io.jhdf.HdfFile;
import io.jhdf.Superblock;
import io.jhdf.api.Dataset;
import io.jhdf.exceptions.HdfException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.rewire.api.SpikeSample;

/**
 * Reads one file in the layout of the Spiking Heidelberg Digits release with jHDF: {@code
 * spikes/times} (one variable-length float array per sample, seconds, any float width), {@code
 * spikes/units} (one variable-length integer array per sample, any integer width), {@code labels},
 * and optionally {@code extra/keys} (class names) and {@code extra/speaker} (kept as the sample's
 * group). Every value is checked while reading; the first problem stops the read with a {@link
 * DataFileException} naming the file and field.
 *
 * <p>Before a dataset is read its filter pipeline is checked to be one jHDF decodes ({@link
 * JhdfFilterSupport}); while it is read, every Fletcher32 chunk checksum is verified ({@link
 * Fletcher32Filter}), as jHDF verifies the HDF5 metadata checksums. Integers are range-checked in
 * their stored width before they become ints ({@link HdfArrays}): labels below {@link
 * ShdConfig#MAX_CLASSES}, units below the channels, so no size derived from a file value can
 * overflow or exhaust memory, and messages show the value as stored.
 *
 * <p>The whole file is read into memory at once: SHD's largest split is about 8k samples of a few
 * thousand spikes, a few hundred MB at most. Declared sizes are checked against the free heap first
 * so a damaged or hostile header fails with a message instead of an {@link OutOfMemoryError}.
 */
final class ShdFileReader {
  static final String TIMES = "spikes/times";
  static final String UNITS = "spikes/units";
  static final String LABELS = "labels";
  static final String KEYS = "extra/keys";
  static final String SPEAKER = "extra/speaker";

  static {
    // Before any file is opened: jHDF's own Fletcher32 filter does not verify anything.
    Fletcher32Filter.install();
  }

  /** Heap cost of one variable-length element before its values: reference + array header. */
  private static final long VLEN_OVERHEAD_BYTES = 48;

  private final int channels;

  /**
   * @param channels units must lie in {@code [0, channels)}
   */
  ShdFileReader(int channels) {
    this.channels = channels;
  }

  /**
   * Reads {@code file}.
   *
   * @param file a plain HDF5 file
   * @param shownAs the name to show in messages (the {@code .h5.gz} the user named, for example)
   * @throws DataFileException if the file is not HDF5 or any field is missing or invalid
   */
  ShdFile read(Path file, Path shownAs) {
    HdfFile hdf;
    try {
      hdf = new HdfFile(file);
    } catch (HdfException e) {
      String why = HdfFailure.describe(e);
      throw new DataFileException(
          shownAs, "", why != null ? why : "not a readable HDF5 file (" + e.getMessage() + ")");
    }
    try (hdf) {
      requireComplete(hdf, file, shownAs);
      return read(hdf, shownAs);
    } catch (DataFileException e) {
      throw e;
    } catch (HdfException e) {
      String why = HdfFailure.describe(e);
      throw new DataFileException(
          shownAs, "", why != null ? why : "damaged HDF5 file (" + e.getMessage() + ")", e);
    }
  }

  /**
   * A file cut short (an interrupted copy or download) still opens, and its missing objects would
   * then read as "missing" fields; the superblock's end-of-file address tells the truth.
   */
  private static void requireComplete(HdfFile hdf, Path file, Path shownAs) {
    Superblock superblock = hdf.getHdfBackingStorage().getSuperblock();
    long expected = superblock.getBaseAddressByte() + superblock.getEndOfFileAddress();
    long actual;
    try {
      actual = Files.size(file);
    } catch (IOException e) {
      throw new DataFileException(shownAs, "", "cannot read (" + e.getMessage() + ")", e);
    }
    if (superblock.getEndOfFileAddress() > 0 && actual < expected) {
      throw new DataFileException(
          shownAs,
          "",
          "truncated HDF5 file: "
              + actual
              + " bytes, but its superblock says "
              + expected
              + " (an interrupted copy or download?)");
    }
  }

  private ShdFile read(HdfFile hdf, Path name) {
    Dataset timesSet = dataset(hdf, name, TIMES, true);
    Dataset unitsSet = dataset(hdf, name, UNITS, true);
    Dataset labelsSet = dataset(hdf, name, LABELS, true);
    Dataset speakerSet = dataset(hdf, name, SPEAKER, false);
    Dataset keysSet = dataset(hdf, name, KEYS, false);

    int samples = length(name, TIMES, timesSet);
    sameLength(name, UNITS, length(name, UNITS, unitsSet), samples);
    sameLength(name, LABELS, length(name, LABELS, labelsSet), samples);
    if (speakerSet != null) {
      sameLength(name, SPEAKER, length(name, SPEAKER, speakerSet), samples);
    }
    requireVariableLength(name, TIMES, timesSet);
    requireVariableLength(name, UNITS, unitsSet);
    if (samples == 0) {
      // jHDF reads empty datasets as null; the provider reports a file without samples.
      return new ShdFile(name, List.of(), keysSet == null ? List.of() : keys(name, keysSet));
    }

    int[] labels = labels(name, read(name, LABELS, labelsSet));
    int[] speakers = speakerSet == null ? null : speakers(name, read(name, SPEAKER, speakerSet));
    List<String> keys = keysSet == null ? List.of() : keys(name, keysSet);
    Object[] times = rows(name, TIMES, read(name, TIMES, timesSet), samples);
    Object[] units = rows(name, UNITS, read(name, UNITS, unitsSet), samples);

    List<SpikeSample> out = new ArrayList<>(samples);
    for (int i = 0; i < samples; i++) {
      float[] t = HdfArrays.floats(times[i]);
      if (t == null) {
        throw new DataFileException(
            name, TIMES, "expected floating-point seconds, got " + kind(times[i]));
      }
      int[] u = sampleUnits(name, i, units[i]);
      if (u == null) {
        throw new DataFileException(
            name, UNITS, "expected integer channels, got " + kind(units[i]));
      }
      if (t.length != u.length) {
        throw new DataFileException(
            name,
            TIMES + "[" + i + "]",
            t.length + " spike times but " + UNITS + "[" + i + "] has " + u.length + " units");
      }
      checkTimes(name, i, t);
      out.add(new SpikeSample(labels[i], speakers == null ? -1 : speakers[i], t, u));
      // Let the reader's copy go as soon as the sample holds its own.
      times[i] = null;
      units[i] = null;
    }
    return new ShdFile(name, out, keys);
  }

  private static void checkTimes(Path name, int sample, float[] t) {
    for (int k = 0; k < t.length; k++) {
      if (!(t[k] >= 0) || Float.isInfinite(t[k])) {
        throw new DataFileException(
            name,
            TIMES + "[" + sample + "]",
            "time " + t[k] + " at spike " + k + " (times must be finite seconds >= 0)");
      }
    }
  }

  /** One sample's units, each checked to be a channel before it is narrowed to an int. */
  private int[] sampleUnits(Path name, int sample, Object data) {
    return HdfArrays.ints(
        data,
        0,
        channels - 1,
        (k, unit) ->
            new DataFileException(
                name,
                UNITS + "[" + sample + "]",
                "unit "
                    + unit
                    + " outside [0, "
                    + channels
                    + "), the channels (dataset.channels)"));
  }

  /**
   * The labels, each a class index: at least 0 and below {@link ShdConfig#MAX_CLASSES}, the most
   * classes there can be, so that the number of classes inferred from them can always be allocated.
   */
  private static int[] labels(Path name, Object data) {
    int[] labels =
        HdfArrays.ints(
            data,
            0,
            ShdConfig.MAX_CLASSES - 1,
            (i, label) ->
                new DataFileException(
                    name,
                    LABELS + "[" + i + "]",
                    label.signum() < 0
                        ? "label " + label + " is negative"
                        : "label "
                            + label
                            + " is not a class index: labels run from 0 to dataset.classes - 1,"
                            + " and dataset.classes is at most "
                            + ShdConfig.MAX_CLASSES));
    return requireIntegers(name, LABELS, labels, data);
  }

  /** Speakers are group keys: any value an int holds, none clamped into another speaker's. */
  private static int[] speakers(Path name, Object data) {
    int[] speakers =
        HdfArrays.ints(
            data,
            Integer.MIN_VALUE,
            Integer.MAX_VALUE,
            (i, speaker) ->
                new DataFileException(
                    name,
                    SPEAKER + "[" + i + "]",
                    "speaker " + speaker + " does not fit in 32 bits; number the speakers from 0"));
    return requireIntegers(name, SPEAKER, speakers, data);
  }

  private static int[] requireIntegers(Path name, String path, int[] values, Object data) {
    if (values == null) {
      throw new DataFileException(name, path, "expected integers, got " + kind(data));
    }
    return values;
  }

  /**
   * The dataset at {@code path} once its storage is known to be readable, or null when an optional
   * one is absent.
   */
  private static Dataset dataset(HdfFile hdf, Path name, String path, boolean required) {
    Dataset d = DatasetLookup.find(hdf, name, path);
    if (d == null) {
      if (!required) {
        return null;
      }
      throw new DataFileException(
          name, path, "missing (an SHD file has " + TIMES + ", " + UNITS + " and " + LABELS + ")");
    }
    JhdfFilterSupport.requireDecodable(name, path, d);
    return d;
  }

  /** The number of elements of a one-dimensional dataset, checked to fit in memory. */
  private static int length(Path name, String path, Dataset d) {
    long[] dims = d.getDimensionsAsLong();
    if (dims.length != 1) {
      throw new DataFileException(
          name, path, "expected one value per sample, got shape " + Arrays.toString(dims));
    }
    long count = dims[0];
    long bytes =
        d.isVariableLength()
            ? multiplyOrMax(count, VLEN_OVERHEAD_BYTES)
            : multiplyOrMax(count, Math.max(1, d.getDataType().getSize()));
    MemoryBudget.require(name, path, count, bytes);
    return (int) count;
  }

  private static long multiplyOrMax(long a, long b) {
    long product = a * b;
    return (a != 0 && product / a != b) || product < 0 ? Long.MAX_VALUE : product;
  }

  private static void sameLength(Path name, String path, int length, int samples) {
    if (length != samples) {
      throw new DataFileException(
          name, path, "has " + length + " entries but " + TIMES + " has " + samples + " samples");
    }
  }

  private static void requireVariableLength(Path name, String path, Dataset d) {
    if (!d.isVariableLength()) {
      throw new DataFileException(
          name,
          path,
          "expected one variable-length array per sample, got " + d.getJavaType().getSimpleName());
    }
  }

  private static Object read(Path name, String path, Dataset d) {
    try {
      return d.getData();
    } catch (RuntimeException e) {
      String why = HdfFailure.describe(e);
      throw new DataFileException(
          name,
          path,
          why != null ? why : "cannot be read, the file may be damaged or truncated (" + e + ")",
          e);
    }
  }

  private static Object[] rows(Path name, String path, Object data, int samples) {
    if (!(data instanceof Object[] rows) || rows.length != samples) {
      throw new DataFileException(name, path, "expected " + samples + " arrays, got " + kind(data));
    }
    return rows;
  }

  private static List<String> keys(Path name, Dataset d) {
    if (d.getDimensionsAsLong().length != 1) {
      throw new DataFileException(name, KEYS, "expected a list of class names");
    }
    int count = length(name, KEYS, d);
    if (count > ShdConfig.MAX_CLASSES) {
      throw new DataFileException(
          name,
          KEYS,
          "lists "
              + count
              + " class names, more than the "
              + ShdConfig.MAX_CLASSES
              + " classes Rewire trains");
    }
    Object data = read(name, KEYS, d);
    if (!(data instanceof String[] names)) {
      throw new DataFileException(name, KEYS, "expected strings, got " + kind(data));
    }
    List<String> out = new ArrayList<>(names.length);
    for (String n : names) {
      out.add(n.strip());
    }
    return out;
  }

  private static String kind(Object data) {
    return data == null ? "nothing" : data.getClass().getSimpleName();
  }
}
