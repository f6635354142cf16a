package org.rewire.shd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rewire.api.InvalidConfigException;
import org.rewire.api.SpikeDataset;
import org.rewire.api.Split;

class ShdDatasetProviderTest {
  @TempDir Path dir;

  private final ShdDatasetProvider provider = new ShdDatasetProvider(DownloadProgress.none());

  private SpikeDataset create(String train, String test, Integer classes) {
    return provider.create(
        new ShdConfig(train, test, classes, null, null, null),
        new TestContext(dir, dir.resolve("cache")));
  }

  @Test
  void readsGzippedTrainAndTestFilesRelativeToTheExperiment() {
    Path h5 = Fixtures.copy("valid_f16.h5", dir);
    Fixtures.gzip(h5, dir.resolve("shd_train.h5.gz"));

    SpikeDataset data = create("shd_train.h5.gz", "valid_f16.h5", null);

    assertThat(data.channels()).isEqualTo(700);
    assertThat(data.classes()).containsExactly("zero", "one", "two");
    assertThat(data.splits()).containsExactly(Split.TRAIN, Split.TEST);
    assertThat(data.split(Split.TRAIN).size()).isEqualTo(6);
    assertThat(data.split(Split.TRAIN).get(2)).isEqualTo(data.split(Split.TEST).get(2));
    assertThat(data.provenance())
        .containsEntry("train.file", dir.resolve("shd_train.h5.gz").toString())
        .containsEntry("train.samples", "6")
        .containsEntry("classes", "3")
        .containsKey("test.md5");
  }

  @Test
  void tellsTheRunFolderConfigTheClassesFromTheFilesAndAbsolutePaths() {
    Fixtures.copy("valid_f16.h5", dir);
    String absolute = dir.resolve("valid_f16.h5").toString();
    TestContext context = new TestContext(dir, dir.resolve("cache"));
    ShdConfig relative = new ShdConfig("valid_f16.h5", "valid_f16.h5", null, null, null, null);
    assertThat(provider.declaredClasses(relative)).isEmpty();
    assertThat(provider.declaredChannels(relative)).hasValue(700);
    assertThat(provider.derivedSettings(relative, provider.create(relative, context), context))
        .containsExactly(
            java.util.Map.entry("classes", 3),
            java.util.Map.entry("train", absolute),
            java.util.Map.entry("test", absolute));

    ShdConfig stated = new ShdConfig(absolute, null, 3, null, null, null);
    assertThat(provider.declaredClasses(stated)).hasValue(3);
    assertThat(provider.derivedSettings(stated, provider.create(stated, context), context))
        .as("nothing new: building from the written config derives the same")
        .containsExactly(java.util.Map.entry("train", absolute));
  }

  @Test
  void keepClassesLeavesOtherClassesOutAndNumbersTheKeptOnesInItsOrder() {
    Fixtures.copy("valid_f16.h5", dir);
    SpikeDataset all = create("valid_f16.h5", null, 3);
    ShdConfig two =
        new ShdConfig(
            "valid_f16.h5", null, 3, null, null, null, null, null, java.util.List.of(2, 0));
    assertThat(provider.declaredClasses(two)).hasValue(2);
    SpikeDataset kept = provider.create(two, new TestContext(dir, dir.resolve("cache")));
    assertThat(kept.classes()).containsExactly("two", "zero");
    java.util.List<org.rewire.api.SpikeSample> expected = new java.util.ArrayList<>();
    for (int i = 0; i < all.split(Split.TRAIN).size(); i++) {
      org.rewire.api.SpikeSample s = all.split(Split.TRAIN).get(i);
      if (s.label() != 1) {
        float[] times = new float[s.size()];
        int[] units = new int[s.size()];
        for (int k = 0; k < s.size(); k++) {
          times[k] = s.time(k);
          units[k] = s.unit(k);
        }
        expected.add(
            new org.rewire.api.SpikeSample(s.label() == 2 ? 0 : 1, s.group(), times, units));
      }
    }
    assertThat(expected).isNotEmpty().hasSizeLessThan(all.split(Split.TRAIN).size());
    assertThat(kept.split(Split.TRAIN).size()).isEqualTo(expected.size());
    for (int i = 0; i < expected.size(); i++) {
      assertThat(kept.split(Split.TRAIN).get(i)).isEqualTo(expected.get(i));
    }
    assertThat(kept.provenance()).containsEntry("kept_classes", "[2, 0]");
  }

  @Test
  void keepClassesNeedsClassesAndLabelsBelowIt() {
    assertThatThrownBy(
            () ->
                new ShdConfig(
                    "a.h5", null, null, null, null, null, null, null, java.util.List.of(0)))
        .isInstanceOf(InvalidConfigException.class)
        .hasFieldOrPropertyWithValue("field", "keep_classes");
    assertThatThrownBy(
            () ->
                new ShdConfig(
                    "a.h5", null, 3, null, null, null, null, null, java.util.List.of(0, 3)))
        .isInstanceOf(InvalidConfigException.class)
        .hasFieldOrPropertyWithValue("field", "keep_classes.1");
    assertThatThrownBy(
            () ->
                new ShdConfig(
                    "a.h5", null, 3, null, null, null, null, null, java.util.List.of(1, 1)))
        .isInstanceOf(InvalidConfigException.class)
        .hasFieldOrPropertyWithValue("field", "keep_classes.1");
  }

  @Test
  void withoutATestFileThereIsOnlyATrainSplit() {
    Fixtures.copy("valid_f16.h5", dir);

    SpikeDataset data = create("valid_f16.h5", null, null);

    assertThat(data.splits()).containsExactly(Split.TRAIN);
    assertThatThrownBy(() -> data.split(Split.TEST)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void withoutKeysTheClassesAreConfiguredOrInferredFromTheLabels() {
    Fixtures.copy("valid_f32_u32.h5", dir);

    assertThat(create("valid_f32_u32.h5", null, null).classes()).containsExactly("0", "1", "2");
    assertThat(create("valid_f32_u32.h5", null, 5).classes()).hasSize(5);
  }

  @Test
  void configuredClassesMustAgreeWithTheKeys() {
    Fixtures.copy("valid_f16.h5", dir);

    assertThatThrownBy(() -> create("valid_f16.h5", null, 20))
        .isInstanceOf(InvalidConfigException.class)
        .hasMessageContaining("extra/keys of the data lists 3 classes")
        .extracting(e -> ((InvalidConfigException) e).field())
        .isEqualTo("classes");
  }

  @Test
  void configuredClassesBoundTheLabels() {
    Fixtures.copy("valid_f32_u32.h5", dir);

    assertThatThrownBy(() -> create("valid_f32_u32.h5", null, 2))
        .isInstanceOf(InvalidConfigException.class)
        .hasMessage("valid_f32_u32.h5: labels[2]: label 2 outside [0, 2) (classes: 2)");
  }

  @Test
  void aHugeLabelWithoutKeysIsAConfigErrorNotAnAllocation() {
    // 2^31 - 1 + 1 classes once overflowed into new ArrayList<>(-2147483648).
    Fixtures.copy("label_2p31m1.h5", dir);

    assertThatThrownBy(() -> create("label_2p31m1.h5", null, null))
        .isInstanceOf(InvalidConfigException.class)
        .hasMessageStartingWith("label_2p31m1.h5: labels[3]: label 2147483647 is not a class")
        .extracting(e -> ((InvalidConfigException) e).field())
        .isEqualTo("train");
  }

  @Test
  void aHugeLabelIsRefusedWithItsRealValueWhateverTheClasses() {
    Fixtures.copy("valid_f16.h5", dir);
    Fixtures.copy("label_2p32p1.h5", dir);

    assertThatThrownBy(() -> create("valid_f16.h5", "label_2p32p1.h5", 3))
        .isInstanceOf(InvalidConfigException.class)
        .hasMessageStartingWith("label_2p32p1.h5: labels[3]: label 4294967297 is not a class")
        .extracting(e -> ((InvalidConfigException) e).field())
        .isEqualTo("test");
  }

  @Test
  void aBadTestFileIsReportedAtTheTestField() {
    Fixtures.copy("valid_f16.h5", dir);
    Fixtures.copy("label_outside.h5", dir);

    assertThatThrownBy(() -> create("valid_f16.h5", "label_outside.h5", null))
        .isInstanceOf(InvalidConfigException.class)
        .hasMessageStartingWith("label_outside.h5: labels[4]: label 5 outside [0, 3)")
        .extracting(e -> ((InvalidConfigException) e).field())
        .isEqualTo("test");
  }

  @Test
  void aMissingFileIsReportedAtItsField() {
    assertThatThrownBy(() -> create("nowhere/shd_train.h5.gz", null, null))
        .isInstanceOf(InvalidConfigException.class)
        .hasMessageStartingWith("no such file: ")
        .extracting(e -> ((InvalidConfigException) e).field())
        .isEqualTo("train");
  }

  @Test
  void downloadFetchesTheReleaseIntoTheCacheAndReadsIt() throws IOException {
    byte[] gz =
        Files.readAllBytes(Fixtures.gzip(Fixtures.copy("valid_f16.h5", dir), dir.resolve("x.gz")));
    String md5 = ReleaseDownloaderTest.md5(gz);
    try (ReleaseServer server = new ReleaseServer()) {
      server
          .put("shd_train.h5.gz", gz)
          .put("shd_test.h5.gz", gz)
          .put(
              "md5sums.txt",
              (md5 + "  shd_train.h5.gz\n" + md5 + "  shd_test.h5.gz\n")
                  .getBytes(StandardCharsets.US_ASCII));
      ShdConfig config = new ShdConfig(null, null, null, null, true, server.base().toString());

      SpikeDataset data = provider.create(config, new TestContext(dir, dir.resolve("cache")));

      assertThat(data.split(Split.TEST).size()).isEqualTo(6);
      assertThat(dir.resolve("cache/shd/shd_train.h5.gz")).hasBinaryContent(gz);
      assertThat(data.provenance()).containsEntry("train.md5", md5);

      server.remove("md5sums.txt");
      Files.delete(dir.resolve("cache/shd/shd_test.h5.gz"));
      assertThatThrownBy(() -> provider.create(config, new TestContext(dir, dir.resolve("cache"))))
          .isInstanceOf(InvalidConfigException.class)
          .hasMessageEndingWith("md5sums.txt: HTTP 404")
          .extracting(e -> ((InvalidConfigException) e).field())
          .isEqualTo("base_url");
    }
  }

  @Test
  void theConfigIsStrict() {
    assertThatThrownBy(() -> new ShdConfig(null, null, null, null, false, null))
        .isInstanceOf(InvalidConfigException.class)
        .extracting(e -> ((InvalidConfigException) e).field())
        .isEqualTo("train");
    assertThatThrownBy(() -> new ShdConfig("a.h5", null, null, null, true, null))
        .extracting(e -> ((InvalidConfigException) e).field())
        .isEqualTo("train");
    assertThatThrownBy(() -> new ShdConfig(null, null, null, null, true, "ftp://example.org/"))
        .extracting(e -> ((InvalidConfigException) e).field())
        .isEqualTo("base_url");
    assertThatThrownBy(() -> new ShdConfig("a.h5", null, 0, null, null, null))
        .extracting(e -> ((InvalidConfigException) e).field())
        .isEqualTo("classes");
    assertThatThrownBy(
            () -> new ShdConfig("a.h5", null, ShdConfig.MAX_CLASSES + 1, null, null, null))
        .hasMessage("must be between 1 and 65536, got 65537")
        .extracting(e -> ((InvalidConfigException) e).field())
        .isEqualTo("classes");
    assertThat(new ShdConfig(null, null, null, null, true, null).baseUri())
        .hasToString(ShdConfig.OFFICIAL_BASE_URL);
  }
}
