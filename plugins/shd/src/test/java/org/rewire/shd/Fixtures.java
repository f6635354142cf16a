package org.rewire.shd;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/**
 * The committed HDF5 fixtures (made by {@code src/test/fixtures/make_fixtures.py}), copied into a
 * test's folder so each test may damage or compress its own copy.
 */
final class Fixtures {
  private Fixtures() {}

  /** Copies fixture {@code name} into {@code folder}. */
  static Path copy(String name, Path folder) {
    Path target = folder.resolve(name);
    try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("fixture " + name + " missing");
      }
      Files.copy(in, target);
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Gzips {@code file} whole into {@code target}, as the SHD release is packed. */
  static Path gzip(Path file, Path target) {
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(target))) {
      Files.copy(file, out);
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
