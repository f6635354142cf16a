package org.rewire.runtime.run;

import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.BiFunction;
import org.rewire.api.HardwareTarget;
import org.rewire.api.InvalidConfigException;
import org.rewire.api.Provider;
import org.rewire.api.Sparsifier;
import org.rewire.api.SpikeDataset;
import org.rewire.runtime.config.ComponentSpec;
import org.rewire.runtime.config.Experiment;
import org.rewire.runtime.config.ExperimentFileException;
import org.rewire.runtime.config.PluginSection;
import org.rewire.runtime.config.SourceLocation;
import org.rewire.runtime.config.YamlPaths;

/**
 * Builds an experiment's components in order (dataset, target, sparsifier). An {@link
 * InvalidConfigException} from a provider is the user's (reported at the section); anything else a
 * provider throws is the plugin's ({@link ComponentFailureException}).
 */
public final class ExperimentAssembly {
  private ExperimentAssembly() {}

  /** Builds every component of {@code experiment}. */
  public static Components build(Experiment experiment, Path cacheDirectory) {
    Path base = experiment.file().toAbsolutePath().getParent();
    DefaultBuildContext context =
        new DefaultBuildContext(
            experiment.seed(),
            base,
            cacheDirectory,
            OptionalInt.empty(),
            OptionalInt.empty(),
            Optional.empty());
    SpikeDataset dataset =
        new GuardedDataset(
            create(
                "dataset", experiment.dataset(), context, SpikeDataset.class, experiment::locate),
            experiment.dataset().provider());
    context = context.withDataset(dataset.classes().size(), dataset.channels());
    HardwareTarget target =
        create("target", experiment.target(), context, HardwareTarget.class, experiment::locate);
    context = context.withTarget(target);
    Sparsifier sparsifier =
        create(
            "sparsifier", experiment.sparsifier(), context, Sparsifier.class, experiment::locate);
    return new Components(dataset, target, sparsifier);
  }

  /**
   * Builds only the hardware target of a {@code target:} section read on its own (no dataset is
   * built, so the context knows no classes or inputs).
   */
  public static HardwareTarget buildTarget(PluginSection section, Path cacheDirectory) {
    DefaultBuildContext context =
        standaloneContext(
            section.file().toAbsolutePath().getParent(), cacheDirectory, section.seed());
    return create(
        "target", section.spec(), context, HardwareTarget.class, (s, f) -> section.locate(f));
  }

  /**
   * A build context outside any experiment, for tools that build one component (such as {@code
   * rewire data inspect}): paths resolve against {@code baseDirectory}, nothing built yet.
   */
  public static DefaultBuildContext standaloneContext(
      Path baseDirectory, Path cacheDirectory, long seed) {
    return new DefaultBuildContext(
        seed,
        baseDirectory.toAbsolutePath(),
        cacheDirectory,
        OptionalInt.empty(),
        OptionalInt.empty(),
        Optional.empty());
  }

  @SuppressWarnings("unchecked")
  private static <T> T create(
      String section,
      ComponentSpec spec,
      DefaultBuildContext context,
      Class<T> kind,
      BiFunction<String, String, SourceLocation> locate) {
    Provider<Object, ?> provider = (Provider<Object, ?>) spec.provider().provider();
    Object built;
    try {
      built = provider.create(spec.config(), context);
    } catch (InvalidConfigException e) {
      // As the reader shows paths: list elements as [i] (a field test_speakers.1 is the 2nd item).
      String path =
          YamlPaths.dotted(
              "/" + section + (e.field().isEmpty() ? "" : "/" + e.field().replace('.', '/')));
      throw new ExperimentFileException(locate.apply(section, e.field()), path, e.getMessage());
    } catch (RuntimeException | LinkageError e) {
      throw new ComponentFailureException(spec.provider(), "to build", e);
    }
    if (!kind.isInstance(built)) {
      throw new ComponentFailureException(
          spec.provider(),
          "to build",
          new IllegalStateException(
              "returned " + (built == null ? "null" : built.getClass().getName())));
    }
    return (T) built;
  }
}
