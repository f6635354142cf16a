package org.rewire.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The version of this SPI and the earlier versions it still serves. A plugin declares the range it
 * was built for (PF4J's {@code Plugin-Requires}, for example {@code >=0.1.1 & <0.2.0}); the runtime
 * loads it when that range admits any version in {@link #SERVED} and refuses it otherwise. The
 * promise behind the list (docs/compatibility.md): at 1.0 and after, a minor version only adds, so
 * it serves every earlier version of its major; while the major is 0, a minor bump may break
 * plugins, and {@link #SERVED} names exactly the earlier versions whose plugins still link and run.
 */
public final class ApiVersion {
  private static final Properties PROPERTIES = load();

  /** The version of the api module on the class path, for example {@code 0.2.0}. */
  public static final String CURRENT = PROPERTIES.getProperty("version");

  /**
   * Every api version whose plugins this api runs, oldest first, {@link #CURRENT} last: for api
   * 0.2.0, {@code [0.1.0, 0.1.1, 0.2.0]} (plugins built for 0.1.x link against 0.2.0: their targets
   * load as plain {@link HardwareTarget}s, see docs/compatibility.md).
   *
   * @since api 0.2.0
   */
  public static final List<String> SERVED = served();

  private ApiVersion() {}

  private static Properties load() {
    try (InputStream in = ApiVersion.class.getResourceAsStream("api-version.properties")) {
      if (in == null) {
        throw new IllegalStateException("api-version.properties missing from rewire-api");
      }
      Properties p = new Properties();
      p.load(in);
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> served() {
    List<String> versions = new ArrayList<>();
    for (String v : PROPERTIES.getProperty("serves", "").split(",")) {
      if (!v.isBlank()) {
        versions.add(v.strip());
      }
    }
    versions.add(CURRENT);
    return List.copyOf(versions);
  }
}
