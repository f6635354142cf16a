package org.rewire.shd;

import io.jhdf.HdfFile;
import io.jhdf.Superblock;
import io.jhdf.api.Dataset;
import io.jhdf.api.Node;
import io.jhdf.exceptions.HdfException;
import io.jhdf.exceptions.HdfFilterException;
import io.jhdf.filter.PipelineFilterWithData;
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

  /** HDF5 filter id of byte shuffle, which jHDF 0.13.0 mis-reads on variable-length data. */
  private static final int SHUFFLE_FILTER = 2;

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
      throw new DataFileException(shownAs, "", "not a readable HDF5 file (" + e.getMessage() + ")");
    }
    try (hdf) {
      requireComplete(hdf, file, shownAs);
      return read(hdf, shownAs);
    } catch (DataFileException e) {
      throw e;
    } catch (HdfException e) {
      throw new DataFileException(shownAs, "", "damaged HDF5 file (" + e.getMessage() + ")", e);
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

    int[] labels = integers(name, LABELS, read(name, LABELS, labelsSet));
    int[] speakers =
        speakerSet == null ? null : integers(name, SPEAKER, read(name, SPEAKER, speakerSet));
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
      int[] u = HdfArrays.ints(units[i]);
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
      checkUnits(name, i, u);
      if (labels[i] < 0) {
        throw new DataFileException(
            name, LABELS + "[" + i + "]", "label " + labels[i] + " is negative");
      }
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

  private void checkUnits(Path name, int sample, int[] u) {
    for (int k = 0; k < u.length; k++) {
      if (u[k] < 0 || u[k] >= channels) {
        throw new DataFileException(
            name, UNITS + "[" + sample + "]", "unit " + u[k] + " outside [0, " + channels + ")");
      }
    }
  }

  private static Dataset dataset(HdfFile hdf, Path name, String path, boolean required) {
    Node node;
    try {
      node = hdf.getByPath(path);
    } catch (HdfException e) {
      if (!required) {
        return null;
      }
      throw new DataFileException(
          name, path, "missing (an SHD file has " + TIMES + ", " + UNITS + " and " + LABELS + ")");
    }
    if (!(node instanceof Dataset d)) {
      throw new DataFileException(name, path, "is a " + node.getType() + ", not a dataset");
    }
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
    for (PipelineFilterWithData filter : d.getFilters()) {
      if (filter.getId() == SHUFFLE_FILTER) {
        // jHDF 0.13.0 fails on this combination with an index error deep inside; say why instead.
        throw new DataFileException(
            name,
            path,
            "variable-length data stored with the shuffle filter, which jHDF 0.13.0 cannot read;"
                + " rewrite the file without it (h5repack -f NONE in.h5 out.h5)");
      }
    }
  }

  private static Object read(Path name, String path, Dataset d) {
    try {
      return d.getData();
    } catch (HdfFilterException e) {
      throw new DataFileException(
          name,
          path,
          "compressed with a filter jHDF cannot decode ("
              + e.getMessage()
              + "); rewrite it with gzip (h5repack -f GZIP=4 in.h5 out.h5)",
          e);
    } catch (RuntimeException e) {
      throw new DataFileException(
          name, path, "cannot be read, the file may be damaged or truncated (" + e + ")", e);
    }
  }

  private static Object[] rows(Path name, String path, Object data, int samples) {
    if (!(data instanceof Object[] rows) || rows.length != samples) {
      throw new DataFileException(name, path, "expected " + samples + " arrays, got " + kind(data));
    }
    return rows;
  }

  private static int[] integers(Path name, String path, Object data) {
    int[] values = HdfArrays.ints(data);
    if (values == null) {
      throw new DataFileException(name, path, "expected integers, got " + kind(data));
    }
    return values;
  }

  private static List<String> keys(Path name, Dataset d) {
    if (d.getDimensionsAsLong().length != 1) {
      throw new DataFileException(name, KEYS, "expected a list of class names");
    }
    length(name, KEYS, d);
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
