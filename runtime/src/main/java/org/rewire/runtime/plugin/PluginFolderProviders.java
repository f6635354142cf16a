package org.rewire.runtime.plugin;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import org.pf4j.DefaultPluginManager;
import org.pf4j.PluginRepository;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;
import org.pf4j.RuntimeMode;
import org.rewire.api.ApiVersion;
import org.rewire.api.Provider;

/**
 * Loads external plugins from a folder with PF4J in deployment mode: each plugin in its own class
 * loader, its {@code Plugin-Requires} range checked against the api versions this runtime serves
 * ({@link ApiVersion#SERVED}: the current one and the earlier ones whose plugins still link; see
 * docs/compatibility.md). Providers are found through the plugin's own {@code META-INF/services},
 * so a plugin jar works unchanged on the class path. A plugin that fails is recorded by name; the
 * others load.
 */
public final class PluginFolderProviders extends DefaultPluginManager {
  private final Path extractionRoot;
  private final List<PluginFailure> failures;

  private PluginFolderProviders(Path folder, Path extractionRoot, List<PluginFailure> failures) {
    super(List.of(folder));
    this.extractionRoot = extractionRoot;
    this.failures = failures;
    // DefaultPluginManager's constructor already built the repository; rebuild it with our fields.
    this.pluginRepository = createPluginRepository();
    setSystemVersion(ApiVersion.CURRENT);
  }

  /**
   * Loads the plugins of {@code folder} and adds their providers to {@code found}.
   *
   * @param extractionRoot where zip plugins are extracted
   * @return the plugin manager, to unload the plugins with when done
   */
  public static PluginFolderProviders load(
      Path folder,
      Path extractionRoot,
      List<InstalledProvider> found,
      List<PluginFailure> failures) {
    PluginFolderProviders manager = new PluginFolderProviders(folder, extractionRoot, failures);
    manager.loadEach();
    manager.collect(found);
    return manager;
  }

  @Override
  protected PluginRepository createPluginRepository() {
    // Called once by the super constructor before our fields are set; the real one is made after.
    return extractionRoot == null
        ? new ArchivePluginRepository(pluginsRoots.get(0), Path.of("."), new ArrayList<>())
        : new ArchivePluginRepository(pluginsRoots.get(0), extractionRoot, failures);
  }

  @Override
  public RuntimeMode getRuntimeMode() {
    return RuntimeMode.DEPLOYMENT;
  }

  private void loadEach() {
    for (Path path : pluginRepository.getPluginPaths()) {
      try {
        loadPluginFromPath(path);
      } catch (RuntimeException e) {
        Path source = source(path);
        // PF4J names the extracted folder in the cache; the user knows the archive.
        String reason = ClasspathProviders.oneLine(e).replace(path.toString(), source.toString());
        if (reason.contains("No PluginDescriptorFinder")) {
          // PF4J found neither a manifest with Plugin-Id nor a plugin.properties.
          reason =
              "not a plugin archive: no plugin.properties and no jar manifest with Plugin-Id"
                  + " (a damaged download, or a jar that is not a Rewire plugin)";
        }
        failures.add(new PluginFailure(source.getFileName().toString(), source.toString(), reason));
      }
    }
    try {
      resolvePlugins();
    } catch (RuntimeException e) {
      failures.add(
          new PluginFailure("(dependencies)", pluginsRoots.get(0).toString(), e.getMessage()));
    }
    for (PluginWrapper plugin : new ArrayList<>(getPlugins())) {
      String reason = unusableReason(plugin);
      if (reason != null) {
        failures.add(new PluginFailure(plugin.getPluginId(), source(plugin), reason));
        continue;
      }
      startPlugin(plugin.getPluginId());
      if (plugin.getPluginState() != PluginState.STARTED) {
        failures.add(
            new PluginFailure(
                plugin.getPluginId(),
                source(plugin),
                "failed to start: " + describe(plugin.getFailedException())));
      }
    }
  }

  /** The user's file a plugin path came from (a zip's, not its extracted folder in the cache). */
  private Path source(Path pluginPath) {
    return pluginRepository instanceof ArchivePluginRepository archives
        ? archives.sourceOf(pluginPath)
        : pluginPath;
  }

  private String source(PluginWrapper plugin) {
    return source(plugin.getPluginPath()).toString();
  }

  /** PF4J's own check, which disables a plugin before start: the same policy as below. */
  @Override
  protected boolean isPluginValid(PluginWrapper plugin) {
    return refusal(plugin.getDescriptor().getRequires()) == null;
  }

  private String unusableReason(PluginWrapper plugin) {
    String refused = refusal(plugin.getDescriptor().getRequires());
    if (refused != null) {
      return refused;
    }
    if (plugin.getPluginState() == PluginState.DISABLED) {
      return "disabled";
    }
    if (plugin.getPluginState() == PluginState.FAILED) {
      return describe(plugin.getFailedException());
    }
    return null;
  }

  /**
   * Why a plugin whose {@code Plugin-Requires} is {@code requires} cannot load here, or null when
   * it can: when the range admits {@link ApiVersion#CURRENT} or an earlier version this api still
   * serves. No range (or {@code *}) admits every version.
   */
  String refusal(String requires) {
    if (requires == null || requires.isBlank() || "*".equals(requires.strip())) {
      return null;
    }
    for (String served : ApiVersion.SERVED) {
      if (getVersionManager().checkVersionConstraint(served, requires)) {
        return null;
      }
    }
    List<String> served = ApiVersion.SERVED;
    return "requires Rewire API "
        + requires.strip()
        + ", but this Rewire has API "
        + ApiVersion.CURRENT
        + (served.size() > 1
            ? " (it runs plugins built for API " + served.get(0) + " to " + ApiVersion.CURRENT + ")"
            : "");
  }

  private static String describe(Throwable e) {
    return e == null ? "unknown failure" : ClasspathProviders.oneLine(e);
  }

  private void collect(List<InstalledProvider> found) {
    for (PluginWrapper plugin : getStartedPlugins()) {
      ClassLoader loader = plugin.getPluginClassLoader();
      ProviderOrigin origin =
          new ProviderOrigin(
              plugin.getPluginId(), plugin.getDescriptor().getVersion(), source(plugin));
      int before = found.size();
      try {
        for (ProviderKind kind : ProviderKind.values()) {
          ServiceLoader.load(kind.service(), loader).stream()
              // the plugin's class loader also sees the application's services: keep its own
              .filter(p -> p.type().getClassLoader() == loader)
              .forEach(
                  p -> found.add(new InstalledProvider(kind, (Provider<?, ?>) p.get(), origin)));
        }
      } catch (java.util.ServiceConfigurationError | RuntimeException | LinkageError e) {
        found.subList(before, found.size()).clear();
        failures.add(
            new PluginFailure(
                plugin.getPluginId(),
                source(plugin),
                "cannot create its providers: " + ClasspathProviders.oneLine(e)));
      }
    }
  }
}
