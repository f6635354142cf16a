package org.rewire.shd;

import io.jhdf.AbstractNode;
import io.jhdf.ObjectHeader;
import io.jhdf.api.Dataset;
import io.jhdf.object.message.FilterPipelineMessage;
import io.jhdf.object.message.FilterPipelineMessage.FilterInfo;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Which HDF5 filter pipelines jHDF 0.13.0 decodes, checked on a dataset's declared pipeline before
 * any of its data is read. Without this check a filter jHDF lacks fails with a bare library
 * message, and a filter it has but cannot apply fails deep inside with an index error that reads
 * like a damaged file. Every refusal names the filter and the way out: rewriting the file with
 * gzip.
 *
 * <p>Decoded: deflate (1), shuffle (2), fletcher32 (3, verified by {@link Fletcher32Filter}), lzf
 * (32000), lz4 (32004), bitshuffle (32008, plain or with lz4). Not decoded: every other filter, for
 * example szip (4), nbit (5), scaleoffset (6), bzip2 (307), blosc (32001), zfp (32013), zstd
 * (32015), bitshuffle with zstd. Shuffle and lzf need their parameters (element size, chunk size),
 * which HDF5 does not store for variable-length data, so such datasets are refused as well.
 */
final class JhdfFilterSupport {
  /** The way out named in every refusal; it replaces each dataset's filters by gzip alone. */
  static final String REWRITE = "rewrite it with gzip (h5repack -f GZIP=4 in.h5 out.h5)";

  static final int DEFLATE = 1;
  static final int SHUFFLE = 2;
  static final int LZF = 32000;
  static final int LZ4 = 32004;
  static final int BITSHUFFLE = 32008;

  /** Bitshuffle's compression parameter (its fifth): 0 none, 2 lz4, 3 zstd. */
  private static final int BITSHUFFLE_NONE = 0;

  private static final int BITSHUFFLE_LZ4 = 2;

  /** Registered names of the filters a file may declare, for messages (HDF5 filter registry). */
  private static final Map<Integer, String> NAMES =
      Map.ofEntries(
          Map.entry(DEFLATE, "deflate"),
          Map.entry(SHUFFLE, "shuffle"),
          Map.entry(Fletcher32Filter.ID, "fletcher32"),
          Map.entry(4, "szip"),
          Map.entry(5, "nbit"),
          Map.entry(6, "scaleoffset"),
          Map.entry(307, "bzip2"),
          Map.entry(LZF, "lzf"),
          Map.entry(32001, "blosc"),
          Map.entry(LZ4, "lz4"),
          Map.entry(BITSHUFFLE, "bitshuffle"),
          Map.entry(32013, "zfp"),
          Map.entry(32015, "zstd"),
          Map.entry(32017, "sz"),
          Map.entry(32026, "blosc2"));

  private JhdfFilterSupport() {}

  /**
   * Fails if jHDF 0.13.0 cannot decode {@code d}'s filter pipeline.
   *
   * @param name the file name shown in messages
   * @param path the dataset's path in the file, for messages
   * @throws DataFileException naming the file, the dataset and the filter
   */
  static void requireDecodable(Path name, String path, Dataset d) {
    for (FilterInfo filter : declaredFilters(d)) {
      String problem = problem(filter, d.isVariableLength());
      if (problem != null) {
        throw new DataFileException(name, path, problem + "; " + REWRITE);
      }
    }
  }

  /**
   * What keeps jHDF 0.13.0 from decoding {@code filter}, or null if it decodes it.
   *
   * @param variableLength whether the dataset holds variable-length data
   */
  static String problem(FilterInfo filter, boolean variableLength) {
    int id = filter.getId();
    int[] p = filter.getData();
    boolean decodable =
        switch (id) {
          case DEFLATE, Fletcher32Filter.ID, LZ4 -> true;
          case SHUFFLE -> p.length >= 1 && p[0] > 0;
          case LZF -> p.length >= 3 && p[2] > 0;
          case BITSHUFFLE ->
              p.length >= 5 && p[2] > 0 && (p[4] == BITSHUFFLE_NONE || p[4] == BITSHUFFLE_LZ4);
          default -> false;
        };
    if (decodable) {
      return null;
    }
    if (id == BITSHUFFLE && p.length >= 5 && p[2] > 0) {
      return "stored with the bitshuffle filter compressing with method "
          + p[4]
          + " (3 is zstd), which jHDF 0.13.0 cannot decode";
    }
    String named = describe(filter);
    if (id == SHUFFLE || id == LZF || id == BITSHUFFLE) {
      return variableLength
          ? "variable-length data stored with the "
              + named
              + ", which jHDF 0.13.0 cannot decode (HDF5 stores no filter parameters for"
              + " variable-length data)"
          : "stored with the "
              + named
              + " but without the parameters jHDF 0.13.0 needs to decode it";
    }
    return "stored with the " + named + ", which jHDF 0.13.0 cannot decode";
  }

  /**
   * {@code shuffle filter} for the filters jHDF has, {@code scaleoffset filter (HDF5 filter 6)} for
   * the others (with the name the file gives when {@link #NAMES} lacks the id), {@code HDF5 filter
   * 999} for an unnamed one.
   */
  private static String describe(FilterInfo filter) {
    int id = filter.getId();
    String name = NAMES.get(id);
    if (name == null) {
      String given = filter.getName();
      name = given == null || given.isBlank() || given.equals("undefined") ? "" : given.strip();
    }
    if (name.isEmpty()) {
      return "HDF5 filter " + id;
    }
    boolean jhdfHasIt =
        id == SHUFFLE || id == LZF || id == BITSHUFFLE || id == DEFLATE || id == LZ4;
    return name + " filter" + (jhdfHasIt ? "" : " (HDF5 filter " + id + ")");
  }

  /**
   * The pipeline as the file declares it, read from the object header rather than through jHDF's
   * filter table, which throws for any filter it lacks before the pipeline can be looked at.
   */
  private static List<FilterInfo> declaredFilters(Dataset d) {
    if (!(d instanceof AbstractNode node)) {
      return List.of();
    }
    ObjectHeader header = node.getHeader();
    if (!header.hasMessageOfType(FilterPipelineMessage.class)) {
      return List.of();
    }
    return header.getMessageOfType(FilterPipelineMessage.class).getFilters();
  }
}
