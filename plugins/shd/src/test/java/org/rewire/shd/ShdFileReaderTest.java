package org.rewire.shd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.rewire.api.SpikeSample;

class ShdFileReaderTest {
  @TempDir Path dir;

  private final ShdFileReader reader = new ShdFileReader(700);

  private ShdFile read(String fixture) {
    Path file = Fixtures.copy(fixture, dir);
    return reader.read(file, file);
  }

  @Test
  void readsTheReleaseLayoutWithFloat16TimesConvertedToSeconds() {
    ShdFile file = read("valid_f16.h5");

    assertThat(file.samples()).hasSize(6);
    assertThat(file.keys()).containsExactly("zero", "one", "two");
    SpikeSample first = file.samples().get(0);
    assertThat(first.label()).isZero();
    assertThat(first.group()).isZero();
    assertThat(first.size()).isEqualTo(3);
    // float16 keeps about 3 significant digits.
    assertThat(first.time(0)).isCloseTo(0.010f, within(1e-5f));
    assertThat(first.time(2)).isCloseTo(0.500f, within(1e-4f));
    assertThat(new int[] {first.unit(0), first.unit(1), first.unit(2)})
        .containsExactly(0, 699, 350);
    assertThat(file.samples().get(3).size()).isZero();
    assertThat(file.samples().get(5).group()).isEqualTo(1);
    assertThat(file.maxLabel()).isEqualTo(2);
  }

  @ParameterizedTest
  @ValueSource(strings = {"valid_f32_u32.h5", "valid_f64_u8.h5"})
  void readsOtherFloatAndIntegerWidths(String fixture) {
    ShdFile file = read(fixture);

    assertThat(file.samples()).hasSize(6);
    assertThat(file.samples().get(2).time(3)).isCloseTo(1.3f, within(1e-6f));
    assertThat(file.samples().get(2).unit(0)).isEqualTo(10);
    assertThat(file.samples().stream().map(SpikeSample::label).toList())
        .containsExactly(0, 1, 2, 0, 1, 2);
  }

  @Test
  void withoutExtraGroupsThereAreNoKeysAndNoGroups() {
    ShdFile file = read("valid_f32_u32.h5");

    assertThat(file.keys()).isEmpty();
    assertThat(file.samples()).allMatch(s -> s.group() == -1);
  }

  @Test
  void readsClassNamesStoredAsFixedLengthBytes() {
    assertThat(read("keys_bytes.h5").keys()).containsExactly("zero", "one", "two");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "missing_times.h5|missing_times.h5: spikes/times: missing",
        "missing_units.h5|missing_units.h5: spikes/units: missing",
        "missing_labels.h5|missing_labels.h5: labels: missing",
        "ragged_samples.h5|ragged_samples.h5: spikes/units: has 5 entries but spikes/times has 6"
            + " samples",
        "ragged_labels.h5|ragged_labels.h5: labels: has 4 entries but spikes/times has 6 samples",
        "ragged_spikes.h5|ragged_spikes.h5: spikes/times[1]: 2 spike times but spikes/units[1] has"
            + " 1 units",
        "unit_outside.h5|unit_outside.h5: spikes/units[2]: unit 812 outside [0, 700)",
        "negative_time.h5|negative_time.h5: spikes/times[1]: time -0.1999",
        "nan_time.h5|nan_time.h5: spikes/times[2]: time NaN at spike 1",
        "shuffle_vlen.h5|shuffle_vlen.h5: spikes/times: variable-length data stored with the"
            + " shuffle filter",
        "huge_labels.h5|huge_labels.h5: labels: declares 1099511627776 values",
      })
  void namesTheFileAndFieldOfEachDefect(String fixture, String message) {
    assertThatThrownBy(() -> read(fixture))
        .isInstanceOf(DataFileException.class)
        .hasMessageStartingWith(message);
  }

  @Test
  void verifiesFletcher32ChecksumsThatHdf5Wrote() {
    // Odd-length uint8 chunks, gzip under the checksum, fixed-length strings: all must pass.
    ShdFile file = read("fletcher32_valid.h5");

    assertThat(file.samples().stream().map(SpikeSample::label).toList())
        .containsExactly(0, 1, 2, 0, 1, 2);
    assertThat(file.samples().stream().map(SpikeSample::group).toList())
        .containsExactly(0, 0, 0, 1, 1, 1);
    assertThat(file.keys()).containsExactly("zero", "one", "two");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // labels[4] flipped from 1 to 0: a valid class, so only the checksum can tell.
        "fletcher32_label_flipped.h5|labels",
        "fletcher32_speaker_flipped.h5|extra/speaker",
        "fletcher32_keys_flipped.h5|extra/keys",
      })
  void aChunkFailingItsFletcher32ChecksumIsRefused(String fixture, String dataset) {
    assertThatThrownBy(() -> read(fixture))
        .isInstanceOf(DataFileException.class)
        .hasMessageStartingWith(
            fixture + ": " + dataset + ": a chunk fails its Fletcher32 checksum (stored ")
        .hasMessageEndingWith("; the file is damaged; copy or download it again");
  }

  @Test
  void aGroupFailingItsHeaderChecksumIsRefusedNotTakenForAbsent() {
    // The damaged header is extra/keys's; optional data must not then be silently skipped.
    assertThatThrownBy(() -> read("header_checksum_keys.h5"))
        .isInstanceOf(DataFileException.class)
        .hasMessageStartingWith(
            "header_checksum_keys.h5: extra: the members of this group cannot be read: HDF5"
                + " metadata fails its checksum (")
        .hasMessageEndingWith("; the file is damaged; copy or download it again");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "lzf_vlen.h5|spikes/times: variable-length data stored with the lzf filter, which jHDF"
            + " 0.13.0 cannot decode (HDF5 stores no filter parameters for variable-length data)",
        "lzf_keys.h5|extra/keys: variable-length data stored with the lzf filter",
        "shuffle_vlen.h5|spikes/times: variable-length data stored with the shuffle filter",
        "zstd_units.h5|spikes/units: stored with the zstd filter (HDF5 filter 32015), which jHDF"
            + " 0.13.0 cannot decode",
        "scaleoffset_labels.h5|labels: stored with the scaleoffset filter (HDF5 filter 6)",
        "scaleoffset_speaker.h5|extra/speaker: stored with the scaleoffset filter (HDF5 filter 6)",
        "virtual_labels.h5|/: the members of this group cannot be read: uses an HDF5 feature jHDF"
            + " 0.13.0 cannot read (Virtual storage is not supported)",
      })
  void whatJhdfCannotDecodeIsNamedWithTheWayOut(String fixture, String message) {
    assertThatThrownBy(() -> read(fixture))
        .isInstanceOf(DataFileException.class)
        .hasMessageStartingWith(fixture + ": " + message)
        .hasMessageEndingWith("; rewrite it with gzip (h5repack -f GZIP=4 in.h5 out.h5)");
  }

  @Test
  void filtersAndLayoutsJhdfDecodesAreRead() {
    // LZF and shuffle on fixed-size data carry their parameters; compact storage is in the header.
    ShdFile lzf = read("lzf_labels.h5");
    ShdFile compact = read("compact_labels.h5");

    assertThat(lzf.samples().stream().map(SpikeSample::label).toList())
        .containsExactly(0, 1, 2, 0, 1, 2);
    assertThat(lzf.samples().stream().map(SpikeSample::group).toList())
        .containsExactly(0, 0, 0, 1, 1, 1);
    assertThat(compact.samples().stream().map(SpikeSample::label).toList())
        .containsExactly(0, 1, 2, 0, 1, 2);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "label_2p31m1.h5|labels[3]: label 2147483647 is not a class index: labels run from 0 to"
            + " dataset.classes - 1, and dataset.classes is at most 65536",
        "label_2p32p1.h5|labels[3]: label 4294967297 is not a class index",
        "label_2p64m1.h5|labels[3]: label 18446744073709551615 is not a class index",
        "label_65536.h5|labels[3]: label 65536 is not a class index",
        "unit_2p32p3.h5|spikes/units[1]: unit 4294967299 outside [0, 700), the channels"
            + " (dataset.channels)",
        "speaker_2p32p1.h5|extra/speaker[2]: speaker 4294967297 does not fit in 32 bits",
        "keys_too_many.h5|extra/keys: lists 65537 class names, more than the 65536 classes",
      })
  void valuesThatSizeSomethingAreCheckedWithTheirRealValue(String fixture, String message) {
    assertThatThrownBy(() -> read(fixture))
        .isInstanceOf(DataFileException.class)
        .hasMessageStartingWith(fixture + ": " + message);
  }

  @Test
  void labelsAreCheckedAgainstTheClassesOnceKnown() {
    ShdFile file = read("label_outside.h5");

    assertThatThrownBy(() -> file.checkLabels(3, "extra/keys"))
        .isInstanceOf(DataFileException.class)
        .hasMessage("label_outside.h5: labels[4]: label 5 outside [0, 3) (extra/keys)");
  }

  @Test
  void unitsAreCheckedAgainstTheConfiguredChannels() {
    Path file = Fixtures.copy("valid_f16.h5", dir);

    assertThatThrownBy(() -> new ShdFileReader(600).read(file, file))
        .hasMessage(
            "valid_f16.h5: spikes/units[0]: unit 699 outside [0, 600), the channels"
                + " (dataset.channels)");
  }

  @Test
  void aFileThatIsNotHdf5IsNamedAsSuch() throws IOException {
    Path file = Files.writeString(dir.resolve("notes.h5"), "these are not spikes\n");

    assertThatThrownBy(() -> reader.read(file, file))
        .isInstanceOf(DataFileException.class)
        .hasMessageStartingWith("notes.h5: not a readable HDF5 file");
  }

  @Test
  void aTruncatedHdf5FileFailsWithTheFileNamed() throws IOException {
    Path whole = Fixtures.copy("valid_f16.h5", dir);
    byte[] bytes = Files.readAllBytes(whole);
    Path file = Files.write(dir.resolve("cut.h5"), Arrays.copyOf(bytes, bytes.length / 3));

    assertThatThrownBy(() -> reader.read(file, file))
        .isInstanceOf(DataFileException.class)
        .hasMessageStartingWith("cut.h5: ");
  }

  @Test
  void messagesShowTheNameTheUserGave() {
    Path file = Fixtures.copy("unit_outside.h5", dir);

    assertThatThrownBy(() -> reader.read(file, Path.of("/data/shd_train.h5.gz")))
        .hasMessageStartingWith("shd_train.h5.gz: spikes/units[2]");
  }

  @Test
  void samplesKeepFileOrder() {
    List<SpikeSample> samples = read("valid_f16.h5").samples();

    assertThat(samples.stream().map(SpikeSample::size).toList()).containsExactly(3, 2, 4, 0, 1, 5);
  }
}
