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
 * Every malformed experiment of the corpus ({@code src/test/resources/corpus/experiments}) is
 * refused by {@code rewire validate} and {@code rewire run} with exit code 2 and one line naming
 * the file and the line:column (or the {@code --set} option) and field, quickly, writing nothing
 * under the output folder.
 */
class ExperimentCorpusTest {
  /**
   * Far above what any case takes (tens of milliseconds); a hang or a bomb shows up as a failure.
   */
  static final Duration LIMIT = Duration.ofSeconds(10);

  @TempDir static Path work;

  static List<CorpusCase> cases() throws IOException {
    return CorpusCase.all();
  }

  static Stream<CorpusCase> refusedByValidate() throws IOException {
    return cases().stream().filter(c -> !c.validates());
  }

  @Test
  void theCorpusHoldsAtLeastFortyCasesEachSayingWhatIsWrong() throws IOException {
    assertThat(cases()).hasSizeGreaterThanOrEqualTo(40).allMatch(c -> !c.wrong().isBlank());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusedByValidate")
  void validateRefusesIt(CorpusCase c) {
    Cli.Result r = rewire(command("validate", c));
    OneLineError.assertRefused(r, c.expected());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void runRefusesItAndWritesNothing(CorpusCase c) throws IOException {
    Path output = Files.createTempDirectory(work, "output");
    List<String> args = command("run", c);
    args.addAll(List.of("--output", output.toString()));
    Cli.Result r = rewire(args);
    OneLineError.assertRefused(r, c.expected());
    try (Stream<Path> written = Files.list(output)) {
      assertThat(written).as("written under the output folder").isEmpty();
    }
  }

  private static List<String> command(String name, CorpusCase c) {
    List<String> args = new ArrayList<>(List.of(name, c.file().toString()));
    args.addAll(c.args());
    return args;
  }

  private static Cli.Result rewire(List<String> args) {
    return assertTimeoutPreemptively(
        LIMIT, () -> Cli.rewire(work.resolve("cache"), args.toArray(String[]::new)));
  }
}
