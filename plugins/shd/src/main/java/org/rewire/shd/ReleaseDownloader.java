package org.rewire.shd;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Fetches files of a dataset release into a local folder, verified against the release's {@code
 * md5sums.txt}. Files already present with the right checksum are kept (no network at all when
 * every file and the checksum list are present and valid). Each file is streamed into a temporary
 * file beside its final name, hashed on the way, and moved into place only when complete and
 * verified, so an interrupted or corrupt download never leaves a file under its final name.
 */
final class ReleaseDownloader {
  static final String CHECKSUMS = "md5sums.txt";

  private final HttpClient client;
  private final URI base;
  private final Path folder;
  private final DownloadProgress progress;

  /**
   * @param base the release folder, ending in {@code /}
   * @param folder where files are kept (created when needed)
   */
  ReleaseDownloader(HttpClient client, URI base, Path folder, DownloadProgress progress) {
    this.client = client;
    this.base = base;
    this.folder = folder;
    this.progress = progress;
  }

  /** A client with sensible timeouts that follows redirects (http to https, mirrors). */
  static HttpClient defaultClient() {
    return HttpClient.newBuilder()
        .connectTimeout(Duration.ofSeconds(30))
        .followRedirects(HttpClient.Redirect.NORMAL)
        .build();
  }

  /**
   * Makes every named file present and verified in the folder.
   *
   * @return the local paths, in the order of {@code names}
   * @throws DownloadException if a file cannot be fetched or does not match its checksum
   */
  List<Path> fetch(List<String> names) {
    Map<String, String> sums = localChecksums();
    if (sums == null || !allValid(names, sums)) {
      download(CHECKSUMS);
      sums = parseChecksums(read(folder.resolve(CHECKSUMS)), base.resolve(CHECKSUMS));
    }
    List<Path> paths = new ArrayList<>();
    for (String name : names) {
      String expected = sums.get(name);
      if (expected == null) {
        throw new DownloadException(
            "base_url", base.resolve(CHECKSUMS) + " lists no checksum for " + name, null);
      }
      Path target = folder.resolve(name);
      if (!valid(target, expected)) {
        download(name);
        String actual = md5(target);
        if (!actual.equals(expected)) {
          AtomicFiles.deleteQuietly(target);
          throw new DownloadException(
              "download",
              name
                  + ": downloaded file has MD5 "
                  + actual
                  + " but "
                  + CHECKSUMS
                  + " says "
                  + expected
                  + "; it was deleted, run again to retry",
              null);
        }
      }
      paths.add(target);
    }
    return paths;
  }

  private Map<String, String> localChecksums() {
    Path file = folder.resolve(CHECKSUMS);
    if (!Files.isRegularFile(file)) {
      return null;
    }
    try {
      return parseChecksums(read(file), file.toUri());
    } catch (DownloadException e) {
      return null;
    }
  }

  private boolean allValid(List<String> names, Map<String, String> sums) {
    for (String name : names) {
      String expected = sums.get(name);
      if (expected == null || !valid(folder.resolve(name), expected)) {
        return false;
      }
    }
    return true;
  }

  private boolean valid(Path file, String expected) {
    return Files.isRegularFile(file) && md5(file).equals(expected);
  }

  /** Streams {@code name} into the folder through a temporary file. */
  private void download(String name) {
    URI uri = base.resolve(name);
    Path target = folder.resolve(name);
    Path temp = null;
    long received = 0;
    long total = -1;
    try {
      Files.createDirectories(folder);
      HttpRequest request =
          HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(2)).GET().build();
      HttpResponse<InputStream> response =
          client.send(request, HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream in = response.body()) {
        if (response.statusCode() != 200) {
          throw new DownloadException(
              "base_url", "GET " + uri + ": HTTP " + response.statusCode(), null);
        }
        total = response.headers().firstValueAsLong("Content-Length").orElse(-1);
        temp = Files.createTempFile(folder, name, ".part");
        MessageDigest md = Md5.digest();
        try (OutputStream out = Files.newOutputStream(temp)) {
          byte[] buffer = new byte[1 << 16];
          progress.update(name, 0, total);
          for (int n; (n = in.read(buffer)) > 0; ) {
            out.write(buffer, 0, n);
            md.update(buffer, 0, n);
            received += n;
            progress.update(name, received, total);
          }
        }
      }
      if (total >= 0 && received != total) {
        throw new IOException("the server announced " + total + " bytes");
      }
      AtomicFiles.move(temp, target);
      temp = null;
    } catch (IOException e) {
      throw new DownloadException(
          "download",
          "GET "
              + uri
              + " failed after "
              + received
              + (total >= 0 ? " of " + total : "")
              + " bytes ("
              + e.getMessage()
              + "); nothing was kept, run again to retry",
          e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DownloadException("download", "GET " + uri + " interrupted", e);
    } finally {
      AtomicFiles.deleteQuietly(temp);
    }
  }

  /**
   * Parses {@code md5sum} output: {@code <hex> <name>} per line, {@code *} before binary names,
   * folders ignored.
   */
  static Map<String, String> parseChecksums(String text, URI source) {
    Map<String, String> sums = new LinkedHashMap<>();
    for (String line : text.split("\\R")) {
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("#")) {
        continue;
      }
      String[] parts = trimmed.split("\\s+", 2);
      if (parts.length != 2 || !parts[0].matches("[0-9a-fA-F]{32}")) {
        throw new DownloadException(
            "base_url", source + ": not an md5sum line: " + abbreviate(trimmed), null);
      }
      String name = parts[1].startsWith("*") ? parts[1].substring(1) : parts[1];
      name = name.substring(name.lastIndexOf('/') + 1);
      sums.put(name, parts[0].toLowerCase(Locale.ROOT));
    }
    return sums;
  }

  private static String abbreviate(String s) {
    return s.length() <= 80 ? s : s.substring(0, 77) + "...";
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new DownloadException("download", "cannot read " + file + " (" + e + ")", e);
    }
  }

  private static String md5(Path file) {
    try {
      return Md5.of(file);
    } catch (IOException e) {
      throw new DownloadException("download", "cannot read " + file + " (" + e + ")", e);
    }
  }
}
