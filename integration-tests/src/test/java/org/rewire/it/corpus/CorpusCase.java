package org.rewire.it.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * One malformed experiment of the corpus and what Rewire must say about it, read from the file's
 * header comments (or, for files that cannot hold a comment, a folder, or a missing file, from
 * {@code headerless.txt}):
 *
 * <pre>
 * # WRONG: what is wrong with the file
 * # EXPECT: the start of the one-line error after "rewire: ", {file} standing for the file's path
 * # ARGS: extra command-line arguments, such as --set overrides (optional)
 * # FOUND-BY: run, when only building the components finds the mistake (optional)
 * </pre>
 *
 * @param file the experiment file
 * @param wrong what is wrong with it
 * @param expected the start of the error line, {@code {file}} replaced by the path
 * @param args extra arguments for every command
 * @param validates whether {@code rewire validate} accepts it (only {@code run} finds the mistake)
 */
record CorpusCase(Path file, String wrong, String expected, List<String> args, boolean validates) {
  static final Path EXPERIMENTS = Path.of("src/test/resources/corpus/experiments");

  /** The cases named {@code heavy-*}, whose memory use a child JVM with a small heap checks. */
  static List<CorpusCase> heavy() throws IOException {
    return all().stream().filter(CorpusCase::isHeavy).toList();
  }

  /**
   * Every experiment of the corpus, sorted by file name: the {@code .yaml} files, and the entries
   * of {@code headerless.txt} (which may name a folder, or a file that does not exist).
   */
  static List<CorpusCase> all() throws IOException {
    Map<String, String[]> headerless = headerless();
    Set<String> names = new TreeSet<>(headerless.keySet());
    try (Stream<Path> files = Files.list(EXPERIMENTS)) {
      files
          .map(f -> f.getFileName().toString())
          .filter(n -> n.endsWith(".yaml"))
          .forEach(names::add);
    }
    List<CorpusCase> cases = new ArrayList<>();
    for (String name : names) {
      Path file = EXPERIMENTS.resolve(name);
      String[] entry = headerless.get(name);
      cases.add(entry != null ? of(file, entry[2], entry[1], List.of(), false) : parse(file));
    }
    return cases;
  }

  /** {@code headerless.txt}: {@code file | expected | what is wrong}, one case a line. */
  private static Map<String, String[]> headerless() throws IOException {
    Map<String, String[]> entries = new TreeMap<>();
    for (String line : Files.readAllLines(EXPERIMENTS.resolve("headerless.txt"))) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cells = line.split("\\|", 3);
      entries.put(
          cells[0].strip(), new String[] {cells[0].strip(), cells[1].strip(), cells[2].strip()});
    }
    return entries;
  }

  private static CorpusCase parse(Path file) throws IOException {
    // Latin-1 maps every byte to a char, so files that are not UTF-8 still show their header.
    String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
    String wrong = null;
    String expected = null;
    List<String> args = List.of();
    boolean validates = false;
    for (String line : text.lines().takeWhile(l -> l.startsWith("#")).toList()) {
      String value = line.substring(line.indexOf(':') + 1).strip();
      if (line.startsWith("# WRONG:")) {
        wrong = value;
      } else if (line.startsWith("# EXPECT:")) {
        expected = value;
      } else if (line.startsWith("# ARGS:")) {
        args = List.of(value.split(" ", 2));
      } else if (line.startsWith("# FOUND-BY:")) {
        validates = value.equals("run");
      }
    }
    if (wrong == null || expected == null) {
      throw new IllegalStateException(
          file + ": a corpus file starts with '# WRONG: ...' and '# EXPECT: ...' comments");
    }
    return of(file, wrong, expected, args, validates);
  }

  private static CorpusCase of(
      Path file, String wrong, String expected, List<String> args, boolean validates) {
    Path absolute = file.toAbsolutePath();
    return new CorpusCase(
        absolute, wrong, expected.replace("{file}", absolute.toString()), args, validates);
  }

  boolean isHeavy() {
    return file.getFileName().toString().startsWith("heavy-");
  }

  @Override
  public String toString() {
    return file.getFileName() + " (" + wrong + ")";
  }
}
