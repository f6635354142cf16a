package org.rewire.runtime.assembly;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.BiFunction;
import org.rewire.api.BuildContext;
import org.rewire.api.DatasetProvider;
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
import org.rewire.runtime.engine.NetworkSpec;

/**
 * Builds an experiment's components in order (dataset, target, sparsifier), with the data ({@link
 * #build}) or without it ({@link #dataFreeContext}: the dataset's declared classes and channels
 * stand in for the data, as {@code rewire validate} needs). An {@link InvalidConfigException} from
 * a provider is the user's (reported at the section's key); anything else a provider throws is the
 * plugin's ({@link ComponentFailureException}).
 */
public final class ExperimentAssembly {
  private ExperimentAssembly() {}

  /**
   * Builds every component of {@code experiment} and resolves what a run needs from them: the
   * experiment with every derived setting written out ({@link Components#resolved}) and the network
   * spec ({@link Components#network}). A run calls it before it creates its folder, so a component
   * that fails to build, or a model that does not fit the chip and the data, leaves no folder.
   *
   * @throws ExperimentFileException on a mistake a provider or the network spec finds, at its key
   * @throws ComponentFailureException when a plugin fails
   */
  public static Components build(Experiment experiment, Path cacheDirectory) {
    DefaultBuildContext context =
        standaloneContext(baseOf(experiment.file()), cacheDirectory, experiment.seed());
    SpikeDataset created =
        create(experiment.dataset(), context, SpikeDataset.class, experiment::locate);
    ComponentSpec dataset = derived(experiment.dataset(), created, context);
    SpikeDataset guarded = new GuardedDataset(created, experiment.dataset().provider());
    context = context.withDataset(guarded.classes().size(), guarded.channels());
    HardwareTarget target = target(experiment, context);
    ComponentSpec targetSpec = derived(experiment.target(), target, context);
    context = context.withTarget(target);
    Sparsifier sparsifier = sparsifier(experiment, context);
    ComponentSpec sparsifierSpec = derived(experiment.sparsifier(), sparsifier, context);
    int channels = experiment.model().networkChannels(target.layout(), guarded.channels());
    NetworkSpec network = NetworkSetup.spec(experiment, target, channels, guarded.classes().size());
    Experiment resolved =
        experiment.withSections(
            dataset, experiment.model().withInputChannels(channels), targetSpec, sparsifierSpec);
    return new Components(guarded, target, sparsifier, network, resolved);
  }

  /**
   * The context the target of {@code experiment} is built in when no data is loaded: it knows the
   * classes and channels the dataset's config declares ({@link DatasetProvider#declaredClasses}),
   * nothing else; classes the config does not declare count as one.
   */
  public static DefaultBuildContext dataFreeContext(Experiment experiment, Path cacheDirectory) {
    return declared(
        experiment.dataset(),
        standaloneContext(baseOf(experiment.file()), cacheDirectory, experiment.seed()));
  }

  /** Builds the target of {@code experiment} in {@code context}. */
  public static HardwareTarget target(Experiment experiment, DefaultBuildContext context) {
    return create(experiment.target(), context, HardwareTarget.class, experiment::locate);
  }

  /** Builds the sparsifier of {@code experiment} in {@code context}, which knows the target. */
  public static Sparsifier sparsifier(Experiment experiment, DefaultBuildContext context) {
    return create(experiment.sparsifier(), context, Sparsifier.class, experiment::locate);
  }

  /**
   * Builds only the hardware target of a {@code target:} section read on its own, knowing what the
   * file's {@code dataset:} section declares when it has one (no data is loaded).
   */
  public static HardwareTarget buildTarget(
      PluginSection section, Optional<ComponentSpec> dataset, Path cacheDirectory) {
    DefaultBuildContext context =
        standaloneContext(baseOf(section.file()), cacheDirectory, section.seed());
    if (dataset.isPresent()) {
      context = declared(dataset.get(), context);
    }
    return create(section.spec(), context, HardwareTarget.class, (s, f) -> section.locate(f));
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

  /**
   * The user's mistake a provider reported while {@code section}'s component was built or used, at
   * the key it names.
   */
  public static ExperimentFileException mistake(
      Experiment experiment, String section, InvalidConfigException e) {
    return located(section, e, experiment::locate);
  }

  private static Path baseOf(Path file) {
    return file.toAbsolutePath().getParent();
  }

  /**
   * The classes the config of {@code dataset} declares without data ({@link
   * DatasetProvider#declaredClasses}); empty when only the data can tell.
   */
  public static OptionalInt declaredClasses(ComponentSpec dataset) {
    return declaration(dataset, DatasetProvider::declaredClasses);
  }

  private static DefaultBuildContext declared(ComponentSpec dataset, DefaultBuildContext context) {
    OptionalInt classes = declaredClasses(dataset);
    // Classes only the data tells stand as one, the fewest a dataset has: rules that depend on
    // the count (outputs that fit the chip) then pass until the run reads the data.
    return context.withDeclared(
        classes.isPresent() ? classes : OptionalInt.of(1),
        declaration(dataset, DatasetProvider::declaredChannels));
  }

  @SuppressWarnings("unchecked")
  private static OptionalInt declaration(
      ComponentSpec dataset, BiFunction<DatasetProvider<Object>, Object, OptionalInt> what) {
    try {
      return what.apply((DatasetProvider<Object>) dataset.provider().provider(), dataset.config());
    } catch (RuntimeException | LinkageError e) {
      throw new ComponentFailureException(dataset.provider(), "to declare its classes", e);
    }
  }

  @SuppressWarnings("unchecked")
  private static ComponentSpec derived(ComponentSpec spec, Object built, BuildContext context) {
    Provider<Object, Object> provider = (Provider<Object, Object>) spec.provider().provider();
    try {
      Map<String, Object> settings = provider.derivedSettings(spec.config(), built, context);
      return spec.withSettings(settings);
    } catch (RuntimeException | LinkageError e) {
      throw new ComponentFailureException(spec.provider(), "to report its derived settings", e);
    }
  }

  @SuppressWarnings("unchecked")
  private static <T> T create(
      ComponentSpec spec, DefaultBuildContext context, Class<T> kind, Locator locate) {
    Provider<Object, ?> provider = (Provider<Object, ?>) spec.provider().provider();
    Object built;
    try {
      built = provider.create(spec.config(), context);
    } catch (InvalidConfigException e) {
      throw located(spec.provider().kind().section(), e, locate);
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

  private static ExperimentFileException located(
      String section, InvalidConfigException e, Locator locate) {
    String pointer = "/" + section + (e.field().isEmpty() ? "" : "/" + e.field().replace('.', '/'));
    return new ExperimentFileException(
        locate.at(section, e.field()), YamlPaths.dotted(pointer), e.getMessage());
  }

  /** Where {@code section.field} is written. */
  @FunctionalInterface
  private interface Locator {
    SourceLocation at(String section, String field);
  }
}
