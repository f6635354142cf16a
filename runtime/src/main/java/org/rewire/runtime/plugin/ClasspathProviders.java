package org.rewire.runtime.plugin;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import org.rewire.api.Provider;
import org.rewire.runtime.BuildInfo;

/** Finds the built-in providers on the application class path with {@link ServiceLoader}. */
public final class ClasspathProviders {
  private ClasspathProviders() {}

  /**
   * Every provider registered in {@code META-INF/services} visible to {@code loader}; a provider
   * whose class cannot be instantiated is reported as a failure, not thrown.
   */
  public static void discover(
      ClassLoader loader, List<InstalledProvider> found, List<PluginFailure> failures) {
    for (ProviderKind kind : ProviderKind.values()) {
      ServiceLoader<? extends Provider<?, ?>> services = ServiceLoader.load(kind.service(), loader);
      for (ServiceLoader.Provider<? extends Provider<?, ?>> candidate :
          services.stream().toList()) {
        String location = locationOf(candidate.type());
        try {
          found.add(
              new InstalledProvider(
                  kind,
                  candidate.get(),
                  new ProviderOrigin("built-in", BuildInfo.CURRENT.version(), location)));
        } catch (ServiceConfigurationError | RuntimeException e) {
          failures.add(new PluginFailure(candidate.type().getName(), location, oneLine(e)));
        }
      }
    }
  }

  /** The built-in providers of the class path that loaded Rewire. */
  public static List<InstalledProvider> discover(List<PluginFailure> failures) {
    List<InstalledProvider> found = new ArrayList<>();
    discover(ClasspathProviders.class.getClassLoader(), found, failures);
    return found;
  }

  static String locationOf(Class<?> type) {
    var source = type.getProtectionDomain().getCodeSource();
    return source == null || source.getLocation() == null
        ? "class path"
        : source.getLocation().getPath();
  }

  static String oneLine(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message =
        root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    return message.lines().findFirst().orElse("").strip();
  }
}
