package org.rewire.shd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rewire.api.InvalidConfigException;
import org.rewire.api.SampleSource;
import org.rewire.api.SpikeDataset;
import org.rewire.api.Split;

/**
 * {@code test_speakers} and {@code validation_speakers} of {@code type: shd}, on two fixture files
 * (made by {@code make_speaker_fixtures.py}): {@code speakers_train.h5} holds speakers 0-3 (samples
 * 0-7, speaker {@code i mod 4}), {@code speakers_test.h5} speakers 0-4 (samples 8-12, speaker 4
 * only here, as in SHD). Sample {@code k} of the pool has its one spike on unit {@code k}, so each
 * split is checked sample by sample.
 */
class SpeakerSplitTest {
  static final String TRAIN = "speakers_train.h5";
  static final String TEST = "speakers_test.h5";

  @TempDir Path dir;

  private final ShdDatasetProvider provider = new ShdDatasetProvider(DownloadProgress.none());

  @BeforeEach
  void copyFixtures() {
    Fixtures.copy(TRAIN, dir);
    Fixtures.copy(TEST, dir);
  }

  private SpikeDataset create(String test, List<Integer> testSpeakers, List<Integer> validation) {
    return provider.create(
        new ShdConfig(TRAIN, test, null, null, null, null, testSpeakers, validation),
        new TestContext(dir, dir.resolve("cache")));
  }

  /** The pool indices of a split's samples, read from their one spike's unit. */
  static List<Integer> samples(SpikeDataset data, Split split) {
    SampleSource source = data.split(split);
    List<Integer> units = new ArrayList<>();
    for (int i = 0; i < source.size(); i++) {
      units.add(source.get(i).unit(0));
    }
    return units;
  }

  @Test
  void oneFileSplitsIntoTrainValidationAndTestBySpeaker() {
    SpikeDataset data = create(null, List.of(3), List.of(1));

    assertThat(data.splits()).containsExactly(Split.TRAIN, Split.VALIDATION, Split.TEST);
    assertThat(samples(data, Split.TEST)).containsExactly(3, 7);
    assertThat(samples(data, Split.VALIDATION)).containsExactly(1, 5);
    assertThat(samples(data, Split.TRAIN)).containsExactly(0, 2, 4, 6);
    assertThat(data.provenance())
        .containsEntry("split.train.speakers", "0, 2")
        .containsEntry("split.validation.speakers", "1")
        .containsEntry("split.test.speakers", "3")
        .containsEntry("split.train.samples", "4");
  }

  @Test
  void twoFilesArePooledSoATestSpeakerIsNeverTrainedOn() {
    // Speaker 0 is in both files: all of it goes to test, as does speaker 4 of the test file.
    SpikeDataset data = create(TEST, List.of(4, 0), List.of(2));

    assertThat(samples(data, Split.TEST)).containsExactly(0, 4, 8, 12);
    assertThat(samples(data, Split.VALIDATION)).containsExactly(2, 6, 10);
    assertThat(samples(data, Split.TRAIN)).containsExactly(1, 3, 5, 7, 9, 11);
    assertThat(data.provenance())
        .containsEntry("split.test.speakers", "0, 4")
        .containsEntry("split.train.speakers", "1, 3")
        .containsEntry("split.test.samples", "4");
  }

  @Test
  void validationSpeakersAloneComeFromTheTrainingFileAndTheTestFileStays() {
    SpikeDataset data = create(TEST, null, List.of(1, 2));

    assertThat(samples(data, Split.VALIDATION)).containsExactly(1, 2, 5, 6);
    assertThat(samples(data, Split.TRAIN)).containsExactly(0, 3, 4, 7);
    assertThat(samples(data, Split.TEST)).containsExactly(8, 9, 10, 11, 12);
  }

  @Test
  void withoutSpeakerListsTheFilesAreTheSplits() {
    SpikeDataset data = create(TEST, null, null);

    assertThat(data.splits()).containsExactly(Split.TRAIN, Split.TEST);
    assertThat(samples(data, Split.TRAIN)).containsExactly(0, 1, 2, 3, 4, 5, 6, 7);
    assertThat(data.provenance()).doesNotContainKey("split.train.speakers");
  }

  @Test
  void aSpeakerNotInTheFileNamesTheFileTheIdAndTheSpeakersThere() {
    refused(null, List.of(3, 9), null)
        .hasMessage(
            "speakers_train.h5: extra/speaker: speaker 9 not in the file (speakers present: 0..3)")
        .extracting(e -> ((InvalidConfigException) e).field())
        .isEqualTo("test_speakers.1");
    refused(TEST, List.of(2), List.of(9))
        .hasMessage(
            "speakers_train.h5 and speakers_test.h5: extra/speaker: speaker 9 in neither file"
                + " (speakers present: 0..4)")
        .extracting(e -> ((InvalidConfigException) e).field())
        .isEqualTo("validation_speakers.0");
    // Without test_speakers the test file keeps its split: validation comes from training alone.
    refused(TEST, null, List.of(4))
        .hasMessage(
            "speakers_train.h5: extra/speaker: speaker 4 not in the file (speakers present: 0..3)");
  }

  @Test
  void splitsThatLeaveNothingToTrainOnAreRefused() {
    refused(null, List.of(0, 1), List.of(2, 3))
        .hasMessage(
            "speakers_train.h5: every speaker (0..3) is a test or validation speaker; none is left"
                + " to train on")
        .extracting(e -> ((InvalidConfigException) e).field())
        .isEqualTo("test_speakers");
  }

  @Test
  void aFileWithoutSpeakersCannotBeSplitBySpeaker() {
    Fixtures.copy("valid_f32_u32.h5", dir);
    assertThatThrownBy(
            () ->
                provider.create(
                    new ShdConfig(
                        "valid_f32_u32.h5", null, null, null, null, null, List.of(0), null),
                    new TestContext(dir, dir.resolve("cache"))))
        .isInstanceOf(InvalidConfigException.class)
        .hasMessage(
            "valid_f32_u32.h5: extra/speaker: missing; holding out speakers needs the speaker of"
                + " every sample");
  }

  @Test
  void theListsMustNameEachSpeakerOnceAndNoSpeakerTwice() {
    assertField(() -> config(List.of(1, 2), List.of(3, 2)), "validation_speakers.1")
        .hasMessageStartingWith("speaker 2 is also in test_speakers");
    assertField(() -> config(List.of(1, 1), null), "test_speakers.1")
        .hasMessage("speaker 1 is listed twice");
    assertField(() -> config(List.of(-1), null), "test_speakers.0")
        .hasMessage("expected a speaker id (an integer >= 0), got -1");
    assertField(() -> config(null, List.of()), "validation_speakers")
        .hasMessageStartingWith("lists no speaker");
  }

  @Test
  void rangesShortenRunsOfConsecutiveIds() {
    assertThat(SpeakerSplit.ranges(new TreeSet<>(List.of(0, 1, 2, 3, 6, 8, 9, 10, 11))))
        .isEqualTo("0..3, 6, 8..11");
    assertThat(SpeakerSplit.ranges(new TreeSet<>(List.of(4)))).isEqualTo("4");
  }

  private static ShdConfig config(List<Integer> test, List<Integer> validation) {
    return new ShdConfig("a.h5", null, null, null, null, null, test, validation);
  }

  private AbstractThrowableAssert<?, ? extends Throwable> refused(
      String test, List<Integer> testSpeakers, List<Integer> validation) {
    return assertThatThrownBy(() -> create(test, testSpeakers, validation))
        .isInstanceOf(InvalidConfigException.class);
  }

  private static AbstractThrowableAssert<?, ? extends Throwable> assertField(
      org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field) {
    AbstractThrowableAssert<?, ? extends Throwable> thrown =
        assertThatThrownBy(call).isInstanceOf(InvalidConfigException.class);
    thrown.extracting(e -> ((InvalidConfigException) e).field()).isEqualTo(field);
    return thrown;
  }
}
