package org.rewire.runtime.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.rewire.runtime.IoReasons;
import org.rewire.runtime.UserInputException;
import org.rewire.runtime.config.Experiment;
import org.rewire.runtime.config.StrictMapper;

/**
 * The folder a run writes: {@code output.dir/output.name} (default name: the experiment's). An
 * existing folder is kept unless the user asked to replace it ({@code --force}).
 */
public final class RunFolder {
  /** Writes JSON for humans and tools: indented, stable key order. */
  public static final ObjectMapper JSON =
      JsonMapper.builder()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
          .build();

  private final Path path;

  private RunFolder(Path path) {
    this.path = path;
  }

  /**
   * Creates the run folder of {@code experiment} under {@code outputRoot} (the output section's
   * {@code dir} unless the command line overrides it).
   *
   * @param force replace an existing run folder
   * @throws UserInputException if it exists and {@code force} is off, or cannot be created
   */
  public static RunFolder create(Experiment experiment, Path outputRoot, boolean force) {
    return at(pathOf(experiment, outputRoot), force);
  }

  /**
   * Fails now, before any work, if {@link #create} would refuse because the run folder exists: a
   * run that loads data for minutes should not end by saying so.
   *
   * @throws UserInputException if the run folder exists and {@code force} is off
   */
  public static void requireAvailable(Experiment experiment, Path outputRoot, boolean force) {
    Path path = pathOf(experiment, outputRoot);
    if (!force && Files.exists(path)) {
      throw exists(path);
    }
  }

  private static Path pathOf(Experiment experiment, Path outputRoot) {
    String name =
        experiment.output().name() != null
            ? experiment.output().name()
            : safeName(experiment.name());
    Path root = outputRoot.toAbsolutePath().normalize();
    Path path = root.resolve(name).normalize();
    if (!path.getParent().equals(root)) {
      throw new UserInputException("run name '" + name + "' would leave the output folder " + root);
    }
    return path;
  }

  private static UserInputException exists(Path path) {
    return new UserInputException(
        "run folder "
            + path
            + " exists; pass --force to replace it or --set output.name=NAME for a new one");
  }

  /**
   * Creates the run folder {@code path}, as {@link #create} does, for callers that choose the
   * folder themselves (a sweep's runs).
   *
   * @param force replace an existing folder
   * @throws UserInputException if it exists and {@code force} is off, or cannot be created
   */
  public static RunFolder at(Path path, boolean force) {
    try {
      if (Files.exists(path)) {
        if (!force) {
          throw exists(path);
        }
        deleteTree(path);
      }
      Files.createDirectories(path);
    } catch (IOException e) {
      throw new UserInputException("cannot create run folder " + path + ": " + IoReasons.reason(e));
    }
    return new RunFolder(path);
  }

  /**
   * The run folder {@code path} as it is, for a run that continues there ({@code --resume}), less
   * the temporary files of writes a kill interrupted.
   *
   * @throws UserInputException if it is not a folder or cannot be cleaned
   */
  public static RunFolder existing(Path path) {
    if (!Files.isDirectory(path)) {
      throw new UserInputException("run folder " + path + " does not exist");
    }
    try {
      AtomicFiles.removeLeftovers(path);
    } catch (IOException e) {
      throw new UserInputException("cannot clean run folder " + path + ": " + e.getMessage());
    }
    return new RunFolder(path);
  }

  /** A name usable as a folder, from an experiment name. */
  static String safeName(String name) {
    String safe = name.replaceAll("[^A-Za-z0-9._-]", "-").replaceAll("^[.-]+", "");
    return safe.isEmpty() ? "run" : safe.substring(0, Math.min(safe.length(), 128));
  }

  /** The folder. */
  public Path path() {
    return path;
  }

  /**
   * Writes {@code config.yaml}: the experiment with every default filled in and, for a resolved
   * experiment ({@link org.rewire.runtime.assembly.Components#resolved}), every setting the run
   * derived.
   */
  public void writeConfig(Experiment experiment) throws IOException {
    String yaml = StrictMapper.yaml().writeValueAsString(experiment.resolved());
    AtomicFiles.writeString(path.resolve("config.yaml"), yaml);
  }

  /** Writes {@code provenance.json}. */
  public void writeProvenance(Provenance provenance) throws IOException {
    writeJson(Provenance.NAME, provenance);
  }

  /** Writes any value as indented JSON, atomically. */
  public void writeJson(String fileName, Object value) throws IOException {
    AtomicFiles.write(path.resolve(fileName), out -> JSON.writeValue(nonClosing(out), value));
  }

  private static java.io.OutputStream nonClosing(java.io.OutputStream out) {
    return new java.io.FilterOutputStream(out) {
      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
      }

      @Override
      public void close() throws IOException {
        flush();
      }
    };
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
        Files.delete(p);
      }
    }
  }
}
