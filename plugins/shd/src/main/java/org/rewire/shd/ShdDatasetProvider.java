package org.rewire.shd;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeSet;
import org.rewire.api.BuildContext;
import org.rewire.api.DatasetProvider;
import org.rewire.api.InvalidConfigException;
import org.rewire.api.SpikeDataset;
import org.rewire.api.SpikeSample;
import org.rewire.api.Split;

/**
 * {@code type: shd}: the Spiking Heidelberg Digits release, or any file in its layout, read with
 * jHDF. Files are loaded and every value checked when the dataset is built, so a bad file stops the
 * run before training with a message naming the file and the HDF5 field, reported at the config
 * field ({@code train}, {@code test}, {@code classes}, {@code download}, {@code base_url}). With
 * {@code test_speakers} or {@code validation_speakers} the splits hold out whole speakers ({@link
 * SpeakerSplit}); the provenance then records each split's speakers and sample count.
 */
public final class ShdDatasetProvider implements DatasetProvider<ShdConfig> {
  /** The release's file names, as {@code download: true} fetches them. */
  static final String TRAIN_FILE = "shd_train.h5.gz";

  static final String TEST_FILE = "shd_test.h5.gz";

  private final DownloadProgress progress;

  /** The provider as the runtime loads it: download progress goes to stderr. */
  public ShdDatasetProvider() {
    this(new StderrProgress());
  }

  /** A provider reporting download progress to {@code progress}. */
  public ShdDatasetProvider(DownloadProgress progress) {
    this.progress = progress;
  }

  @Override
  public String type() {
    return "shd";
  }

  @Override
  public Class<ShdConfig> configType() {
    return ShdConfig.class;
  }

  @Override
  public String description() {
    return "Spiking Heidelberg Digits (HDF5, .h5 or .h5.gz; optional verified download)";
  }

  @Override
  public OptionalInt declaredClasses(ShdConfig config) {
    if (config.keepClasses() != null) {
      return OptionalInt.of(config.keepClasses().size());
    }
    return config.classes() == null ? OptionalInt.empty() : OptionalInt.of(config.classes());
  }

  @Override
  public OptionalInt declaredChannels(ShdConfig config) {
    return OptionalInt.of(config.channels());
  }

  /**
   * {@code classes} when the files told it, and {@code train} and {@code test} as absolute paths,
   * so the run folder's config reads the same files from wherever it is run.
   */
  @Override
  public Map<String, Object> derivedSettings(
      ShdConfig config, SpikeDataset dataset, BuildContext context) {
    Map<String, Object> derived = new LinkedHashMap<>();
    if (config.classes() == null) {
      derived.put("classes", dataset.classes().size());
    }
    if (config.train() != null) {
      derived.put("train", context.resolve(config.train()).toString());
    }
    if (config.test() != null) {
      derived.put("test", context.resolve(config.test()).toString());
    }
    return derived;
  }

  @Override
  public SpikeDataset create(ShdConfig config, BuildContext context) {
    Path train;
    Path test;
    if (config.download()) {
      ReleaseDownloader downloader =
          new ReleaseDownloader(
              ReleaseDownloader.defaultClient(),
              config.baseUri(),
              context.cacheDirectory().resolve("shd"),
              progress);
      List<Path> files;
      try {
        files = downloader.fetch(List.of(TRAIN_FILE, TEST_FILE));
      } catch (DownloadException e) {
        throw new InvalidConfigException(e.field(), e.getMessage());
      }
      train = files.get(0);
      test = files.get(1);
    } else {
      train = context.resolve(config.train());
      test = config.test() == null ? null : context.resolve(config.test());
    }
    String trainField = config.download() ? "download" : "train";
    String testField = config.download() ? "download" : "test";

    GzipCache cache = new GzipCache(context.cacheDirectory());
    ShdFileReader reader = new ShdFileReader(config.channels());
    Map<String, String> provenance = new LinkedHashMap<>();
    ShdFile trainData = load(trainField, train, cache, reader, provenance, "train");
    if (trainData.samples().isEmpty()) {
      throw new InvalidConfigException(
          trainField, train.getFileName() + ": holds no samples; there is nothing to train on");
    }
    ShdFile testData =
        test == null ? null : load(testField, test, cache, reader, provenance, "test");

    List<String> classes = classes(config, trainData, testData, testField);
    List<String> fileClasses = classes;
    String origin =
        config.classes() != null
            ? "classes: " + config.classes()
            : classOrigin(trainData, testData);
    check(trainField, () -> trainData.checkLabels(fileClasses.size(), origin));
    if (testData != null) {
      check(testField, () -> testData.checkLabels(fileClasses.size(), origin));
    }

    Map<Split, List<SpikeSample>> splits = SpeakerSplit.of(config, trainData, testData);
    if (config.keepClasses() != null) {
      splits = KeptClasses.of(splits, config.keepClasses());
      classes = config.keepClasses().stream().map(classes::get).toList();
      provenance.put("kept_classes", config.keepClasses().toString());
    }
    if (config.splitsBySpeaker()) {
      splits.forEach((split, samples) -> describeSplit(split, samples, provenance));
    }
    provenance.put("channels", Integer.toString(config.channels()));
    provenance.put("classes", Integer.toString(classes.size()));
    if (config.download()) {
      provenance.put("base_url", config.baseUri().toString());
    }
    return new InMemoryDataset(config.channels(), classes, splits, provenance);
  }

  /** Records which speakers and how many samples a split by speaker gave {@code split}. */
  private static void describeSplit(
      Split split, List<SpikeSample> samples, Map<String, String> provenance) {
    TreeSet<Integer> speakers = new TreeSet<>();
    samples.forEach(s -> speakers.add(s.group()));
    String name = "split." + split.name().toLowerCase(Locale.ROOT);
    provenance.put(name + ".speakers", SpeakerSplit.ranges(speakers));
    provenance.put(name + ".samples", Integer.toString(samples.size()));
  }

  private static ShdFile load(
      String field,
      Path file,
      GzipCache cache,
      ShdFileReader reader,
      Map<String, String> provenance,
      String split) {
    if (Files.isDirectory(file)) {
      throw new InvalidConfigException(field, "is a folder, not a data file: " + file);
    }
    if (!Files.isRegularFile(file)) {
      throw new InvalidConfigException(field, "no such file: " + file);
    }
    try {
      GzipCache.Plain plain = cache.plain(file);
      ShdFile data = reader.read(plain.file(), file);
      provenance.put(split + ".file", file.toString());
      provenance.put(split + ".md5", plain.md5());
      provenance.put(split + ".samples", Integer.toString(data.samples().size()));
      return data;
    } catch (DataFileException e) {
      throw new InvalidConfigException(field, e.getMessage());
    }
  }

  /**
   * The class names: the files' {@code extra/keys} (both files must agree), else the configured
   * count, else the largest label plus one; names are the indices when the files have none.
   */
  private static List<String> classes(
      ShdConfig config, ShdFile train, ShdFile test, String testField) {
    List<String> keys = train.keys();
    if (test != null && !test.keys().isEmpty()) {
      if (!keys.isEmpty() && !keys.equals(test.keys())) {
        throw new InvalidConfigException(
            testField,
            test.name().getFileName()
                + ": extra/keys "
                + test.keys()
                + " differ from the training file's "
                + keys);
      }
      keys = test.keys();
    }
    if (config.classes() != null) {
      if (!keys.isEmpty() && keys.size() != config.classes()) {
        throw new InvalidConfigException(
            "classes",
            "is "
                + config.classes()
                + " but extra/keys of the data lists "
                + keys.size()
                + " classes "
                + keys);
      }
      return keys.isEmpty() ? indexNames(config.classes()) : keys;
    }
    if (!keys.isEmpty()) {
      return keys;
    }
    // The training file has samples (checked when loaded), so the largest label is >= 0.
    return indexNames(Math.max(train.maxLabel(), test == null ? -1 : test.maxLabel()) + 1);
  }

  private static String classOrigin(ShdFile train, ShdFile test) {
    boolean keys = !train.keys().isEmpty() || (test != null && !test.keys().isEmpty());
    return keys ? "the classes listed in extra/keys" : "the classes";
  }

  private static List<String> indexNames(int classes) {
    List<String> names = new ArrayList<>(classes);
    for (int i = 0; i < classes; i++) {
      names.add(Integer.toString(i));
    }
    return names;
  }

  private static void check(String field, Runnable check) {
    try {
      check.run();
    } catch (DataFileException e) {
      throw new InvalidConfigException(field, e.getMessage());
    }
  }
}
