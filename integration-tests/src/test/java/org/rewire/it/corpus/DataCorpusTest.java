package org.rewire.it.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rewire.it.Cli;

/**
 * Every malformed data file of the corpus ({@code src/test/resources/corpus/data}, listed with what
 * is wrong in {@code cases.txt}) stops {@code rewire run} of an {@code shd} experiment with exit
 * code 2 and one line naming the experiment file, its line, the {@code dataset.train} field, the
 * data file and the HDF5 field or problem, before anything is written under the output folder;
 * {@code rewire data inspect} refuses each file the same way. ({@code rewire validate} does not
 * read data, so it accepts these experiments.)
 */
class DataCorpusTest {
  static final Path DATA = Path.of("src/test/resources/corpus/data");
  static final Duration LIMIT = Duration.ofSeconds(10);

  @TempDir static Path work;

  /**
   * One line of {@code cases.txt}.
   *
   * @param file the data file's name in the corpus
   * @param expected how the error goes on after {@code dataset.train: }
   * @param wrong what is wrong with the file
   */
  record DataCase(String file, String expected, String wrong) {
    @Override
    public String toString() {
      return file + " (" + wrong + ")";
    }
  }

  static List<DataCase> cases() throws IOException {
    List<DataCase> cases = new ArrayList<>();
    for (String line : Files.readAllLines(DATA.resolve("cases.txt"))) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cells = line.split("\\|", 3);
      cases.add(new DataCase(cells[0].strip(), cells[1].strip(), cells[2].strip()));
    }
    return cases;
  }

  @Test
  void everyDataFileIsACaseAndThereAreAtLeastFifteen() throws IOException {
    List<String> listed = cases().stream().map(DataCase::file).sorted().toList();
    try (Stream<Path> files = Files.list(DATA)) {
      List<String> present =
          files
              .map(f -> f.getFileName().toString())
              .filter(n -> !n.equals("cases.txt"))
              .sorted()
              .toList();
      assertThat(listed).isEqualTo(present).hasSizeGreaterThanOrEqualTo(15);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void runRefusesTheDataFileAndWritesNothing(DataCase c) throws IOException {
    Path dir = Files.createTempDirectory(work, "case");
    Path data = DATA.resolve(c.file()).toAbsolutePath();
    Path experiment = dir.resolve("data.yaml");
    Files.writeString(
        experiment,
        """
        name: data
        seed: 1
        dataset: {type: shd, train: "%s"}
        target: {type: mosaic, rows: 2, cols: 2, tile_size: 8, inputs: 8}
        sparsifier: {type: none}
        training: {epochs: 1, batch_size: 4}
        """
            .formatted(data));
    Path output = Files.createDirectories(dir.resolve("output"));
    Cli.Result r =
        assertTimeoutPreemptively(
            LIMIT,
            () ->
                Cli.rewire(
                    dir.resolve("cache"),
                    "run",
                    experiment.toString(),
                    "--output",
                    output.toString()));
    OneLineError.assertRefused(r, experiment + ":3:");
    assertThat(r.err()).contains(" dataset.train: " + c.expected());
    try (Stream<Path> written = Files.list(output)) {
      assertThat(written).as("written under the output folder").isEmpty();
    }
  }

  /** {@code rewire data inspect} loads through the same plugin, so it refuses the same way. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void inspectRefusesTheDataFile(DataCase c) throws IOException {
    Path data = DATA.resolve(c.file()).toAbsolutePath();
    Path cache = Files.createTempDirectory(work, "cache");
    Cli.Result r =
        assertTimeoutPreemptively(
            LIMIT, () -> Cli.rewire(cache, "data", "inspect", data.toString()));
    OneLineError.assertRefused(r, "train: " + c.expected());
  }
}
