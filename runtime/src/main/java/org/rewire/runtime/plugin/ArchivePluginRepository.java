package org.rewire.runtime.plugin;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.pf4j.PluginRepository;

/**
 * The plugins of one folder: each {@code *.jar} as it is, each {@code *.zip} extracted once into
 * the cache (keyed by the archive's SHA-256, so the plugins folder is never written to and a
 * changed archive is extracted afresh). Extraction rejects entries that would land outside the
 * target folder (zip slip). Archives that cannot be used are recorded as failures, not thrown.
 */
final class ArchivePluginRepository implements PluginRepository {
  private final Path folder;
  private final Path extractionRoot;
  private final List<PluginFailure> failures;
  // Each extracted folder's archive, so that what goes wrong is reported at the user's file.
  private final Map<Path, Path> sources = new HashMap<>();

  ArchivePluginRepository(Path folder, Path extractionRoot, List<PluginFailure> failures) {
    this.folder = folder;
    this.extractionRoot = extractionRoot;
    this.failures = failures;
  }

  @Override
  public List<Path> getPluginPaths() {
    List<Path> archives = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, "*.{jar,zip}")) {
      entries.forEach(archives::add);
    } catch (IOException e) {
      failures.add(new PluginFailure(folder.toString(), folder.toString(), "cannot list: " + e));
      return List.of();
    }
    archives.sort(null);
    List<Path> paths = new ArrayList<>();
    for (Path archive : archives) {
      if (archive.getFileName().toString().endsWith(".jar")) {
        paths.add(archive);
        continue;
      }
      try {
        Path extracted = extract(archive);
        sources.put(extracted, archive);
        paths.add(extracted);
      } catch (IOException | RuntimeException e) {
        failures.add(
            new PluginFailure(
                archive.getFileName().toString(),
                archive.toString(),
                "cannot extract: " + ClasspathProviders.oneLine(e)));
      }
    }
    return paths;
  }

  /**
   * The file in the plugins folder that {@code pluginPath} (a path {@link #getPluginPaths} gave)
   * came from: the archive a folder was extracted from, else the path itself (a jar).
   */
  Path sourceOf(Path pluginPath) {
    return sources.getOrDefault(pluginPath, pluginPath);
  }

  @Override
  public boolean deletePluginPath(Path pluginPath) {
    return false;
  }

  private Path extract(Path zip) throws IOException {
    String name = zip.getFileName().toString().replaceFirst("\\.zip$", "");
    Path target = extractionRoot.resolve(name + "-" + sha256(zip).substring(0, 16));
    if (Files.isDirectory(target)) {
      return target;
    }
    Files.createDirectories(extractionRoot);
    Path temp = Files.createTempDirectory(extractionRoot, "." + name + "-");
    try {
      unzip(zip, temp);
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException | RuntimeException e) {
      deleteTree(temp);
      if (Files.isDirectory(target)) {
        return target; // another process extracted the same archive meanwhile
      }
      throw e;
    }
    return target;
  }

  /**
   * Extracts {@code zip} into {@code into}.
   *
   * @throws IOException if an entry would be written outside {@code into}
   */
  static void unzip(Path zip, Path into) throws IOException {
    Path root = into.toAbsolutePath().normalize();
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        Path out = root.resolve(entry.getName()).normalize();
        if (!out.startsWith(root) || out.equals(root)) {
          throw new IOException("entry '" + entry.getName() + "' escapes the plugin folder");
        }
        if (entry.isDirectory()) {
          Files.createDirectories(out);
        } else {
          Files.createDirectories(out.getParent());
          Files.copy(in, out);
        }
      }
    }
  }

  private static String sha256(Path file) throws IOException {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
        in.transferTo(OutputStreamSink.INSTANCE);
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void deleteTree(Path root) {
    try (var walk = Files.walk(root)) {
      walk.sorted(java.util.Comparator.reverseOrder())
          .forEach(
              p -> {
                try {
                  Files.deleteIfExists(p);
                } catch (IOException ignored) {
                  // best effort: a leftover temp folder is harmless and named as such
                }
              });
    } catch (IOException ignored) {
      // best effort, as above
    }
  }

  /** Discards bytes; the digest sees them on the way. */
  private static final class OutputStreamSink extends java.io.OutputStream {
    static final OutputStreamSink INSTANCE = new OutputStreamSink();

    @Override
    public void write(int b) {}

    @Override
    public void write(byte[] b, int off, int len) {}
  }
}
