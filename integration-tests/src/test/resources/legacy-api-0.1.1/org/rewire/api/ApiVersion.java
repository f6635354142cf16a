package org.rewire.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The version of this SPI. A plugin declares the range it was built for (PF4J's {@code
 * Plugin-Requires}, for example {@code >=0.1.0 & <0.2.0}) and the runtime refuses plugins whose
 * range excludes it. While the major version is 0, a minor bump marks an incompatible change.
 */
public final class ApiVersion {
  /** The version of the api module on the class path, for example {@code 0.1.0}. */
  public static final String CURRENT = load();

  private ApiVersion() {}

  private static String load() {
    try (InputStream in = ApiVersion.class.getResourceAsStream("api-version.properties")) {
      if (in == null) {
        throw new IllegalStateException("api-version.properties missing from rewire-api");
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
