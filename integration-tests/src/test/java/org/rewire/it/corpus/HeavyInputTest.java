package org.rewire.it.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rewire.it.ChildJvm;
import org.rewire.it.Cli;

/**
 * The heavy inputs (an alias bomb, deep nesting, a 50 MB file made here rather than committed) are
 * refused by {@code rewire run} in a child JVM with a 64 MB heap, within a time limit: an input
 * read whole or expanded would run out of memory and end in a stack trace instead.
 */
class HeavyInputTest {
  static final String HEAP = "64m";

  /** A JVM's start-up plus the refusal; generous for a loaded 2-core machine. */
  static final Duration LIMIT = Duration.ofSeconds(30);

  static final long HUGE_BYTES = 50L << 20;

  @TempDir static Path work;
  static Path huge;

  @BeforeAll
  static void writeTheHugeFile() throws IOException {
    huge = work.resolve("heavy-50mb.yaml");
    String padding = "# padding " + "x".repeat(100) + "\n";
    try (Writer out = Files.newBufferedWriter(huge, StandardCharsets.UTF_8)) {
      out.write("# WRONG: the file is 50 MB, far above the 1 MB an experiment may have\n");
      out.write("name: huge\n");
      for (long written = 0; written < HUGE_BYTES; written += padding.length()) {
        out.write(padding);
      }
    }
  }

  static Stream<CorpusCase> cases() throws IOException {
    List<CorpusCase> cases = new ArrayList<>(CorpusCase.heavy());
    cases.add(
        new CorpusCase(
            huge.toAbsolutePath(),
            "a 50 MB file",
            huge.toAbsolutePath() + ":1:1: file is " + Files.size(huge) + " bytes;",
            List.of(),
            false));
    return cases.stream();
  }

  @Test
  void anExperimentTooLargeForTheHeapFailsWithOneLineNotATrace() throws Exception {
    // Well-formed, but 262,144 neurons trained dense cannot fit in 64 MB.
    Path file = work.resolve("too-large.yaml");
    Files.writeString(
        file,
        """
        dataset: {type: it-fixed}
        target: {type: mosaic, rows: 16, cols: 16, tile_size: 1024, inputs: 2}
        sparsifier: {type: none}
        training: {epochs: 1, batch_size: 2}
        """);
    Path cache = Files.createDirectories(work.resolve("cache"));
    Path output = Files.createTempDirectory(work, "output");
    Cli.Result r =
        ChildJvm.rewire(
            cache, HEAP, LIMIT, List.of("run", file.toString(), "--output", output.toString()));
    assertThat(r.code()).as(r.err()).isEqualTo(1);
    assertThat(r.err().lines()).as(r.err()).hasSize(1);
    assertThat(r.err())
        .startsWith("rewire: out of memory: this run needs more than the ")
        .contains("REWIRE_JAVA_OPTS=-Xmx");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void runRefusesItInBoundedMemoryAndTime(CorpusCase c) throws Exception {
    Path output = Files.createTempDirectory(work, "output");
    List<String> args = new ArrayList<>(List.of("run", c.file().toString()));
    args.addAll(List.of("--output", output.toString()));
    Path cache = Files.createDirectories(work.resolve("cache"));
    Cli.Result r = ChildJvm.rewire(cache, HEAP, LIMIT, args);
    OneLineError.assertRefused(r, c.expected());
    try (Stream<Path> written = Files.list(output)) {
      assertThat(written).as("written under the output folder").isEmpty();
    }
  }
}
