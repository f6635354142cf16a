package org.rewire.runtime.plugin;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.rewire.runtime.UserInputException;

/**
 * Builds the {@link ProviderRegistry}: the built-in providers of the class path, then the plugins
 * of the plugins folder. Close it to unload the plugins.
 */
public final class ProviderDiscovery implements AutoCloseable {
  private final ProviderRegistry registry;
  private final PluginFolderProviders plugins;

  private ProviderDiscovery(ProviderRegistry registry, PluginFolderProviders plugins) {
    this.registry = registry;
    this.plugins = plugins;
  }

  /**
   * Discovers everything installed.
   *
   * @param pluginsFolder the folder of external plugins, or null for none
   * @param required whether a missing folder is an error (the user named it) or means "none"
   * @param cache the cache folder; zip plugins are extracted under {@code cache/plugins}
   * @throws UserInputException if a required folder is missing, or two providers clash
   */
  public static ProviderDiscovery discover(Path pluginsFolder, boolean required, Path cache) {
    List<PluginFailure> failures = new ArrayList<>();
    List<InstalledProvider> found = ClasspathProviders.discover(failures);
    PluginFolderProviders plugins = null;
    if (pluginsFolder != null) {
      if (Files.isDirectory(pluginsFolder)) {
        plugins =
            PluginFolderProviders.load(pluginsFolder, cache.resolve("plugins"), found, failures);
      } else if (required) {
        throw new UserInputException(
            "plugins folder " + pluginsFolder + " does not exist or is not a folder");
      }
    }
    try {
      return new ProviderDiscovery(new ProviderRegistry(found, failures), plugins);
    } catch (RuntimeException e) {
      if (plugins != null) {
        plugins.unloadPlugins();
      }
      throw e;
    }
  }

  /** What was found. */
  public ProviderRegistry registry() {
    return registry;
  }

  @Override
  public void close() {
    if (plugins != null) {
      // stopPlugins() throws ConcurrentModificationException in PF4J 3.15; unloading stops them.
      plugins.unloadPlugins();
    }
  }
}
