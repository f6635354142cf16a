package org.rewire.shd;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.rewire.api.InvalidConfigException;
import org.rewire.api.SpikeSample;
import org.rewire.api.Split;

/**
 * The splits of an SHD-layout dataset, by file or by speaker ({@code extra/speaker}, each sample's
 * {@link SpikeSample#group()}).
 *
 * <p>Without held-out speakers the training file is TRAIN and the test file, if any, TEST. With
 * {@code test_speakers}, both files are pooled (training file first, each in file order) and TEST
 * is every pooled sample of those speakers; with {@code validation_speakers}, VALIDATION is every
 * sample of those speakers from the pool (or from the training file alone when the test file keeps
 * its own split); TRAIN is what is left of the pool or training file. Each split keeps the file
 * order, so the result is deterministic. This is how SHD's own test set is made: its speakers 4 and
 * 5 are never heard in training.
 */
final class SpeakerSplit {
  private static final String TEST_SPEAKERS = "test_speakers";
  private static final String VALIDATION_SPEAKERS = "validation_speakers";

  private SpeakerSplit() {}

  /**
   * The splits of {@code train} and {@code test} as {@code config} asks.
   *
   * @param test the test file, or null
   * @return TRAIN, and TEST and VALIDATION where there are any, each in file order
   * @throws InvalidConfigException at {@code test_speakers[i]} or {@code validation_speakers[i]}
   *     for a speaker the files do not hold, at the list when a file has no {@code extra/speaker}
   *     or when no speaker is left for training
   */
  static Map<Split, List<SpikeSample>> of(ShdConfig config, ShdFile train, ShdFile test) {
    Map<Split, List<SpikeSample>> splits = new EnumMap<>(Split.class);
    if (!config.splitsBySpeaker()) {
      splits.put(Split.TRAIN, train.samples());
      if (test != null) {
        splits.put(Split.TEST, test.samples());
      }
      return splits;
    }
    List<Integer> testSpeakers = config.testSpeakers();
    List<Integer> validationSpeakers = config.validationSpeakers();
    List<ShdFile> pool =
        testSpeakers != null && test != null ? List.of(train, test) : List.of(train);
    String firstField = testSpeakers != null ? TEST_SPEAKERS : VALIDATION_SPEAKERS;
    TreeSet<Integer> present = speakers(pool, firstField);
    if (testSpeakers != null) {
      requirePresent(TEST_SPEAKERS, testSpeakers, present, pool);
    }
    if (validationSpeakers != null) {
      requirePresent(VALIDATION_SPEAKERS, validationSpeakers, present, pool);
    }
    List<SpikeSample> training = new ArrayList<>();
    List<SpikeSample> testing = new ArrayList<>();
    List<SpikeSample> validation = new ArrayList<>();
    for (ShdFile file : pool) {
      for (SpikeSample s : file.samples()) {
        if (testSpeakers != null && testSpeakers.contains(s.group())) {
          testing.add(s);
        } else if (validationSpeakers != null && validationSpeakers.contains(s.group())) {
          validation.add(s);
        } else {
          training.add(s);
        }
      }
    }
    if (training.isEmpty()) {
      throw new InvalidConfigException(
          firstField,
          names(pool)
              + ": every speaker ("
              + ranges(present)
              + ") is a test or validation speaker; none is left to train on");
    }
    splits.put(Split.TRAIN, training);
    if (testSpeakers != null) {
      splits.put(Split.TEST, testing);
    } else if (test != null) {
      splits.put(Split.TEST, test.samples());
    }
    if (validationSpeakers != null) {
      splits.put(Split.VALIDATION, validation);
    }
    return splits;
  }

  /** The speakers of every sample in {@code pool}; fails if a file does not name them. */
  private static TreeSet<Integer> speakers(List<ShdFile> pool, String field) {
    TreeSet<Integer> present = new TreeSet<>();
    for (ShdFile file : pool) {
      for (SpikeSample s : file.samples()) {
        if (s.group() < 0) {
          throw new InvalidConfigException(
              field,
              names(List.of(file))
                  + ": "
                  + ShdFileReader.SPEAKER
                  + ": missing; holding out speakers needs the speaker of every sample");
        }
        present.add(s.group());
      }
    }
    return present;
  }

  private static void requirePresent(
      String field, List<Integer> ids, TreeSet<Integer> present, List<ShdFile> pool) {
    for (int i = 0; i < ids.size(); i++) {
      int id = ids.get(i);
      if (!present.contains(id)) {
        throw new InvalidConfigException(
            field + "." + i,
            names(pool)
                + ": "
                + ShdFileReader.SPEAKER
                + ": speaker "
                + id
                + (pool.size() == 1 ? " not in the file" : " in neither file")
                + " (speakers present: "
                + ranges(present)
                + ")");
      }
    }
  }

  /** The files' names as messages show them: {@code a.h5} or {@code a.h5 and b.h5}. */
  private static String names(List<ShdFile> pool) {
    return pool.stream()
        .map(f -> f.name().getFileName().toString())
        .collect(Collectors.joining(" and "));
  }

  /** Sorted ids with runs of consecutive ids shortened: {@code 0..3, 6, 8..11}. */
  static String ranges(TreeSet<Integer> ids) {
    StringJoiner out = new StringJoiner(", ");
    Integer start = null;
    Integer previous = null;
    for (int id : ids) {
      if (previous != null && id == previous + 1) {
        previous = id;
        continue;
      }
      if (start != null) {
        out.add(range(start, previous));
      }
      start = id;
      previous = id;
    }
    if (start != null) {
      out.add(range(start, previous));
    }
    return out.toString();
  }

  private static String range(int from, int to) {
    return from == to ? Integer.toString(from) : from + ".." + to;
  }
}
