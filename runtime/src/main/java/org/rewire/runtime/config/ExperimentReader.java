package org.rewire.runtime.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.rewire.runtime.DidYouMean;
import org.rewire.runtime.IoReasons;
import org.rewire.runtime.UserInputException;
import org.rewire.runtime.plugin.InstalledProvider;
import org.rewire.runtime.plugin.PluginFailure;
import org.rewire.runtime.plugin.ProviderKind;
import org.rewire.runtime.plugin.ProviderRegistry;

/** Reads an experiment file, applies overrides and binds every section strictly. */
public final class ExperimentReader {
  private static final List<String> SECTIONS =
      List.of("name", "seed", "dataset", "model", "target", "sparsifier", "training", "output");
  private static final Set<String> REQUIRED = Set.of("dataset", "target", "sparsifier");

  private final ProviderRegistry registry;

  public ExperimentReader(ProviderRegistry registry) {
    this.registry = registry;
  }

  /**
   * Reads {@code file} with {@code overrides} ({@code key=value}) applied.
   *
   * @throws ExperimentFileException on any mistake in the file or the overrides, at its location
   * @throws UserInputException if the file cannot be read
   */
  public Experiment read(Path file, List<String> overrides) {
    return read(file, readBytes(file), overrides);
  }

  /**
   * Reads {@code file} with located {@code overrides} applied, such as a sweep's grid values;
   * mistakes in an override's value are reported at its origin.
   *
   * @throws ExperimentFileException on any mistake in the file or the overrides, at its location
   * @throws UserInputException if the file cannot be read
   */
  public Experiment readWith(Path file, List<ValueOverride> overrides) {
    return bind(file, YamlTreeReader.read(file.toString(), readBytes(file)), overrides);
  }

  /**
   * Reads any Rewire YAML file (such as a sweep file) into a located tree, with the same limits and
   * errors as experiment files.
   */
  public static LocatedTree readTree(Path file) {
    return YamlTreeReader.read(file.toString(), readBytes(file));
  }

  /**
   * Reads only the {@code kind} section (and the seed) of {@code file}; other sections are neither
   * required nor checked. For commands that need one component, such as {@code rewire estimate}.
   *
   * @throws ExperimentFileException if the section is missing or wrong, at its location
   * @throws UserInputException if the file cannot be read
   */
  public PluginSection readSection(Path file, ProviderKind kind) {
    LocatedTree tree = YamlTreeReader.read(file.toString(), readBytes(file));
    ComponentSpec spec = component(tree, new SectionBinder(tree), kind);
    return new PluginSection(file, bindSeed(tree), spec, tree);
  }

  private static byte[] readBytes(Path file) {
    try {
      if (Files.isDirectory(file)) {
        throw new UserInputException(file + ": is a folder; expected an experiment YAML file");
      }
      if (Files.size(file) > StrictMapper.MAX_FILE_BYTES) {
        throw new ExperimentFileException(
            new SourceLocation(file.toString(), 1, 1),
            "",
            "file is "
                + Files.size(file)
                + " bytes; an experiment file is at most "
                + StrictMapper.MAX_FILE_BYTES
                + " bytes");
      }
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new UserInputException(file + ": no such file");
    } catch (IOException e) {
      throw IoReasons.unreadable(file, e);
    }
  }

  /** Reads experiment text that came from {@code file}. */
  public Experiment read(Path file, byte[] bytes, List<String> overrides) {
    return bind(file, YamlTreeReader.read(file.toString(), bytes), Overrides.parse(overrides));
  }

  private Experiment bind(Path file, LocatedTree tree, List<ValueOverride> overrides) {
    Overrides.applyAll(tree, overrides);
    ObjectNode root = tree.root();
    checkSections(tree);
    SectionBinder binder = new SectionBinder(tree);
    String name = bindName(tree, file);
    long seed = bindSeed(tree);
    return new Experiment(
        file,
        name,
        seed,
        component(tree, binder, ProviderKind.DATASET),
        binder.bind("/model", root.get("model"), ModelConfig.class),
        component(tree, binder, ProviderKind.TARGET),
        component(tree, binder, ProviderKind.SPARSIFIER),
        binder.bind("/training", root.get("training"), TrainingConfig.class),
        binder.bind("/output", root.get("output"), OutputConfig.class),
        tree);
  }

  private static void checkSections(LocatedTree tree) {
    for (Iterator<String> it = tree.root().fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!SECTIONS.contains(key)) {
        // A sweep file (experiment: and grid:) handed to run or validate.
        String hint =
            tree.root().has("experiment") && tree.root().has("grid")
                ? " (this is a sweep file: `rewire sweep FILE` runs it, `--dry-run` checks it)"
                : "";
        throw new ExperimentFileException(
            tree.keyLocation("/" + key),
            key,
            "unknown section '"
                + key
                + "'; expected one of: "
                + String.join(", ", SECTIONS)
                + hint);
      }
    }
    for (String section : SECTIONS) {
      if (REQUIRED.contains(section) && !tree.root().has(section)) {
        throw new ExperimentFileException(
            tree.valueLocation(""), "", "missing required section '" + section + ":'");
      }
    }
  }

  private static String bindName(LocatedTree tree, Path file) {
    JsonNode name = tree.root().get("name");
    if (name == null) {
      String stem = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
      return stem.isEmpty() ? "experiment" : stem;
    }
    if (!name.isTextual() || name.asText().isBlank()) {
      throw new ExperimentFileException(
          tree.valueLocation("/name"),
          "name",
          "expected a non-empty string, got " + Describe.node(name));
    }
    return name.asText();
  }

  private static long bindSeed(LocatedTree tree) {
    JsonNode seed = tree.root().get("seed");
    if (seed == null) {
      return 0;
    }
    if (!seed.isIntegralNumber() || !seed.canConvertToLong()) {
      String range = Describe.outOfRange(long.class, seed);
      throw new ExperimentFileException(
          tree.valueLocation("/seed"),
          "seed",
          range != null ? range : "expected an integer, got " + Describe.node(seed));
    }
    return seed.asLong();
  }

  private ComponentSpec component(LocatedTree tree, SectionBinder binder, ProviderKind kind) {
    String pointer = "/" + kind.section();
    JsonNode section = tree.root().get(kind.section());
    if (section == null || !section.isObject()) {
      throw new ExperimentFileException(
          tree.valueLocation(pointer),
          kind.section(),
          "expected a mapping with 'type:' and its settings, got " + Describe.node(section));
    }
    JsonNode type = section.get("type");
    if (type == null) {
      throw new ExperimentFileException(
          tree.valueLocation(pointer),
          kind.section(),
          "missing required key 'type'; installed "
              + kind.section()
              + " types: "
              + installed(kind));
    }
    if (!type.isTextual()) {
      throw new ExperimentFileException(
          tree.valueLocation(pointer + "/type"),
          kind.section() + ".type",
          "expected a string, got " + Describe.node(type));
    }
    InstalledProvider provider =
        registry
            .find(kind, type.asText())
            .orElseThrow(
                () ->
                    new ExperimentFileException(
                        tree.valueLocation(pointer + "/type"),
                        kind.section() + ".type",
                        "unknown "
                            + kind.section()
                            + " type '"
                            + type.asText()
                            + "'"
                            + suggestion(kind, type.asText())
                            + "; installed: "
                            + installed(kind)
                            + notLoaded()));
    ObjectNode settings = ((ObjectNode) section).deepCopy();
    settings.remove("type");
    Object config = binder.bind(pointer, settings, provider.provider().configType());
    return new ComponentSpec(provider, config);
  }

  /** The plugins that failed to load, which may be where a missing type was meant to come from. */
  private String notLoaded() {
    List<String> names = registry.failures().stream().map(PluginFailure::plugin).toList();
    return names.isEmpty()
        ? ""
        : " (not loaded: " + String.join(", ", names) + "; `rewire plugins` says why)";
  }

  private String installed(ProviderKind kind) {
    List<String> types = registry.types(kind);
    return types.isEmpty() ? "(none)" : String.join(", ", types);
  }

  private String suggestion(ProviderKind kind, String wrong) {
    return DidYouMean.hint(registry.types(kind), wrong);
  }
}
