package org.rewire.shd;

import static org.assertj.core.api.Assertions.assertThat;

import io.jhdf.object.message.FilterPipelineMessage.FilterInfo;
import org.junit.jupiter.api.Test;

/**
 * The rules for pipelines no fixture here can hold (h5py on this machine has no bitshuffle), and
 * for the parameters each filter needs. Files made by HDF5 check the rest in {@code
 * ShdFileReaderTest}.
 */
class JhdfFilterSupportTest {
  private static String problem(int id, String name, boolean variableLength, int... parameters) {
    return JhdfFilterSupport.problem(new FilterInfo(id, name, false, parameters), variableLength);
  }

  @Test
  void filtersJhdfDecodesPassWithTheirParameters() {
    assertThat(problem(1, "deflate", true, 4)).isNull();
    assertThat(problem(2, "shuffle", false, 2)).isNull();
    assertThat(problem(3, "fletcher32", true)).isNull();
    assertThat(problem(32000, "lzf", false, 4, 261, 12)).isNull();
    assertThat(problem(32004, "lz4", true, 0)).isNull();
    // hdf5plugin's bitshuffle: version, version, element size, block size, compression.
    assertThat(problem(32008, "bitshuffle", false, 0, 3, 2, 0, 0)).isNull();
    assertThat(problem(32008, "bitshuffle", false, 0, 3, 2, 0, 2)).isNull();
  }

  @Test
  void aFilterWithoutTheParametersJhdfReadsIsRefused() {
    assertThat(problem(2, "shuffle", true))
        .isEqualTo(
            "variable-length data stored with the shuffle filter, which jHDF 0.13.0 cannot decode"
                + " (HDF5 stores no filter parameters for variable-length data)");
    assertThat(problem(32000, "lzf", false, 4, 261))
        .isEqualTo(
            "stored with the lzf filter but without the parameters jHDF 0.13.0 needs to decode it");
    assertThat(problem(32008, "bitshuffle", false, 0, 3)).startsWith("stored with the bitshuffle");
  }

  @Test
  void bitshuffleWithZstdIsRefused() {
    assertThat(problem(32008, "bitshuffle", false, 0, 3, 2, 0, 3))
        .isEqualTo(
            "stored with the bitshuffle filter compressing with method 3 (3 is zstd), which jHDF"
                + " 0.13.0 cannot decode");
  }

  @Test
  void otherFiltersAreNamedByRegistryThenFileThenNumber() {
    assertThat(problem(4, "undefined", false, 4, 32))
        .isEqualTo("stored with the szip filter (HDF5 filter 4), which jHDF 0.13.0 cannot decode");
    assertThat(problem(40000, "my codec", false))
        .isEqualTo(
            "stored with the my codec filter (HDF5 filter 40000), which jHDF 0.13.0 cannot decode");
    assertThat(problem(40001, "undefined", false))
        .isEqualTo("stored with the HDF5 filter 40001, which jHDF 0.13.0 cannot decode");
  }
}
