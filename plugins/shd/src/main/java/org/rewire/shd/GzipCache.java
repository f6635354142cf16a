package org.rewire.shd;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Decompresses whole-file gzip data ({@code shd_train.h5.gz}) once into a cache folder, keyed by
 * the MD5 of the compressed file: {@code <cache>/decompressed/<md5>/<name without .gz>}. A changed
 * file gets a new key, so a stale copy is never read; a decompression that fails half-way leaves
 * only a temporary file, never one under the final name (it is written beside it and moved). Plain
 * files pass through untouched.
 */
final class GzipCache {
  private final Path root;

  /**
   * @param cacheDirectory the shared cache folder ({@code REWIRE_CACHE})
   */
  GzipCache(Path cacheDirectory) {
    this.root = cacheDirectory.resolve("decompressed");
  }

  /** Whether {@code file} is named as gzip data. */
  static boolean isGzip(Path file) {
    return file.getFileName().toString().endsWith(".gz");
  }

  /**
   * A readable file and the checksum of what the user named.
   *
   * @param file the uncompressed file to read
   * @param md5 the MD5 of the file the user named (compressed or not), for provenance
   */
  record Plain(Path file, String md5) {}

  /**
   * The readable, uncompressed form of {@code file}: itself unless it ends in {@code .gz}.
   *
   * @throws DataFileException if the file cannot be read or is not complete gzip data
   */
  Plain plain(Path file) {
    String md5;
    try {
      md5 = Md5.of(file);
    } catch (IOException e) {
      throw new DataFileException(file, "", "cannot read (" + e.getMessage() + ")", e);
    }
    if (!isGzip(file)) {
      return new Plain(file, md5);
    }
    String name = file.getFileName().toString();
    Path target = root.resolve(md5).resolve(name.substring(0, name.length() - ".gz".length()));
    if (!Files.isRegularFile(target)) {
      decompress(file, target);
    }
    return new Plain(target, md5);
  }

  private static void decompress(Path file, Path target) {
    Path temp = null;
    long written = 0;
    try {
      Files.createDirectories(target.getParent());
      temp = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".part");
      try (InputStream in = new GZIPInputStream(Files.newInputStream(file), 1 << 16);
          OutputStream out = Files.newOutputStream(temp)) {
        byte[] buffer = new byte[1 << 16];
        for (int n; (n = in.read(buffer)) > 0; ) {
          out.write(buffer, 0, n);
          written += n;
        }
      }
      AtomicFiles.move(temp, target);
      temp = null;
    } catch (EOFException e) {
      throw new DataFileException(
          file, "", "truncated gzip data (ends after " + written + " decompressed bytes)", e);
    } catch (ZipException e) {
      throw new DataFileException(file, "", "not valid gzip data (" + e.getMessage() + ")", e);
    } catch (IOException e) {
      throw new DataFileException(
          file, "", "cannot decompress into " + target.getParent() + " (" + e + ")", e);
    } finally {
      AtomicFiles.deleteQuietly(temp);
    }
  }
}
