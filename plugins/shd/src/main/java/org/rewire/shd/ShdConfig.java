package org.rewire.shd;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.rewire.api.InvalidConfigException;
import org.rewire.api.Require;

/**
 * The {@code dataset:} section for {@code type: shd}: Spiking Heidelberg Digits files (or any file
 * in their layout), plain {@code .h5} or gzip'd whole ({@code .h5.gz}).
 *
 * @param train the training file, relative to the experiment file; required unless {@code download}
 *     is set
 * @param test the test file; optional (without it the dataset has no TEST split)
 * @param classes number of classes, 1 to {@value #MAX_CLASSES}; default: the length of {@code
 *     extra/keys}, or the largest label plus one when the files have no keys. When set with keys
 *     present, the two must agree.
 * @param channels input channels of the recordings; units must lie in {@code [0, channels)}
 *     (default 700, as SHD)
 * @param download fetch {@code shd_train.h5.gz} and {@code shd_test.h5.gz} from {@code base_url}
 *     into the cache folder, verified against the release's {@code md5sums.txt}, instead of naming
 *     files (default false)
 * @param baseUrl where the release lives (default {@value #OFFICIAL_BASE_URL})
 * @param testSpeakers speakers (ids as in {@code extra/speaker}) held out as the test set: the TEST
 *     split is every sample of these speakers from both files pooled (or from the one file), and no
 *     sample of theirs is trained on, so test accuracy measures generalisation to unheard voices.
 *     Unset (the default): the test file is the TEST split as it is. At least one id, each once,
 *     each {@code >= 0}; an id the files do not hold stops the run, naming the file and the
 *     speakers present.
 * @param validationSpeakers speakers held out as the VALIDATION split, on which the runtime selects
 *     the epoch whose test accuracy a run reports: every sample of these speakers from the pooled
 *     files when {@code test_speakers} is set, else from the training file (the test file stays as
 *     it is). Same rules as {@code test_speakers}, and no speaker may be in both. Unset: no
 *     validation split here; {@code training.validation_fraction} can still hold out a share of the
 *     training speakers. The speakers in neither list are the TRAIN split, which must not end
 *     empty.
 * @param keepClasses the classes to keep, by label, in the order of the network's outputs: samples
 *     of other classes are left out of every split and label {@code keepClasses[i]} becomes class
 *     {@code i} (for a chip with fewer output neurons than the data has classes, such as the 8 of a
 *     Xylo-class chip). Unset (the default): every class. Needs {@code classes}; each label below
 *     it and listed once.
 */
public record ShdConfig(
    String train,
    String test,
    Integer classes,
    Integer channels,
    Boolean download,
    String baseUrl,
    // Left out of the resolved config when unset, so configs (and the checkpoints and finished
    // sweep runs that compare them) written before these keys existed stay the same config.
    @JsonInclude(JsonInclude.Include.NON_NULL) List<Integer> testSpeakers,
    @JsonInclude(JsonInclude.Include.NON_NULL) List<Integer> validationSpeakers,
    @JsonInclude(JsonInclude.Include.NON_NULL) List<Integer> keepClasses) {

  /**
   * The most classes a dataset may have, configured, listed in {@code extra/keys} or inferred from
   * the largest label; as for {@code randman}. It bounds what a file's labels can make Rewire
   * allocate (one name and one output neuron per class).
   */
  public static final int MAX_CLASSES = 1 << 16;

  /** The address of the official SHD release. */
  public static final String OFFICIAL_BASE_URL = "https://zenkelab.org/datasets/";

  public ShdConfig {
    channels = Require.positive("channels", Require.orDefault(channels, 700));
    if (classes != null) {
      Require.inRange("classes", classes, 1, MAX_CLASSES);
    }
    download = Require.orDefault(download, false);
    baseUrl = Require.nonBlank("base_url", Require.orDefault(baseUrl, OFFICIAL_BASE_URL));
    requireHttpUrl(baseUrl);
    if (download && train != null) {
      throw new InvalidConfigException(
          "train", "not with download: true, which fetches the official files into the cache");
    }
    if (download && test != null) {
      throw new InvalidConfigException(
          "test", "not with download: true, which fetches the official files into the cache");
    }
    if (!download) {
      Require.nonBlank("train", train);
      if (test != null) {
        Require.nonBlank("test", test);
      }
    }
    testSpeakers = speakerIds("test_speakers", testSpeakers);
    validationSpeakers = speakerIds("validation_speakers", validationSpeakers);
    if (testSpeakers != null && validationSpeakers != null) {
      for (int i = 0; i < validationSpeakers.size(); i++) {
        if (testSpeakers.contains(validationSpeakers.get(i))) {
          throw new InvalidConfigException(
              "validation_speakers." + i,
              "speaker "
                  + validationSpeakers.get(i)
                  + " is also in test_speakers; a speaker is held out for testing or for"
                  + " validation, not both");
        }
      }
    }
    keepClasses = keptClasses(keepClasses, classes);
  }

  /** The speaker split's config with every class kept. */
  public ShdConfig(
      String train,
      String test,
      Integer classes,
      Integer channels,
      Boolean download,
      String baseUrl,
      List<Integer> testSpeakers,
      List<Integer> validationSpeakers) {
    this(train, test, classes, channels, download, baseUrl, testSpeakers, validationSpeakers, null);
  }

  /** {@code keep_classes} checked: needs {@code classes}; labels below it, each once. */
  private static List<Integer> keptClasses(List<Integer> keep, Integer classes) {
    if (keep == null) {
      return null;
    }
    if (classes == null) {
      throw new InvalidConfigException(
          "keep_classes", "needs classes: set, so the labels it keeps can be checked");
    }
    if (keep.isEmpty()) {
      throw new InvalidConfigException(
          "keep_classes", "lists no class; name at least one, or leave the key out");
    }
    Set<Integer> seen = new HashSet<>();
    for (int i = 0; i < keep.size(); i++) {
      Integer label = keep.get(i);
      if (label == null || label < 0 || label >= classes) {
        throw new InvalidConfigException(
            "keep_classes." + i,
            "expected a label in [0, " + classes + ") (classes: " + classes + "), got " + label);
      }
      if (!seen.add(label)) {
        throw new InvalidConfigException(
            "keep_classes." + i, "class " + label + " is listed twice");
      }
    }
    return List.copyOf(keep);
  }

  /** The files' own split: no speaker held out. */
  public ShdConfig(
      String train,
      String test,
      Integer classes,
      Integer channels,
      Boolean download,
      String baseUrl) {
    this(train, test, classes, channels, download, baseUrl, null, null, null);
  }

  /** Whether any speaker is held out as a split of its own. */
  public boolean splitsBySpeaker() {
    return testSpeakers != null || validationSpeakers != null;
  }

  /** A list of speaker ids, each {@code >= 0} and listed once, as an unmodifiable copy. */
  private static List<Integer> speakerIds(String field, List<Integer> ids) {
    if (ids == null) {
      return null;
    }
    if (ids.isEmpty()) {
      throw new InvalidConfigException(
          field, "lists no speaker; name at least one, or leave the key out");
    }
    Set<Integer> seen = new HashSet<>();
    for (int i = 0; i < ids.size(); i++) {
      Integer id = ids.get(i);
      if (id == null || id < 0) {
        throw new InvalidConfigException(
            field + "." + i, "expected a speaker id (an integer >= 0), got " + id);
      }
      if (!seen.add(id)) {
        throw new InvalidConfigException(field + "." + i, "speaker " + id + " is listed twice");
      }
    }
    return List.copyOf(ids);
  }

  /** The release folder as a URI ending in {@code /}, so file names resolve inside it. */
  public URI baseUri() {
    return URI.create(baseUrl.endsWith("/") ? baseUrl : baseUrl + "/");
  }

  private static void requireHttpUrl(String url) {
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      throw new InvalidConfigException("base_url", "not a URL: " + e.getMessage());
    }
    String scheme =
        uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
    if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
      throw new InvalidConfigException(
          "base_url", "must be an http(s) address such as " + OFFICIAL_BASE_URL + ", got " + url);
    }
  }
}
