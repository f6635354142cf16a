package org.rewire.runtime.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchivePluginRepositoryTest {
  @TempDir Path dir;

  private Path zip(String name, String... entries) throws Exception {
    Path zip = dir.resolve("plugins").resolve(name);
    Files.createDirectories(zip.getParent());
    try (OutputStream file = Files.newOutputStream(zip);
        ZipOutputStream out = new ZipOutputStream(file)) {
      for (String entry : entries) {
        out.putNextEntry(new ZipEntry(entry));
        out.write(entry.getBytes());
        out.closeEntry();
      }
    }
    return zip;
  }

  @Test
  void zipsAreExtractedIntoTheCacheNotTheFolderAndJarsAreUsedAsTheyAre() throws Exception {
    zip("good.zip", "plugin.properties", "lib/a.jar");
    Files.writeString(dir.resolve("plugins").resolve("plain.jar"), "x");
    Files.writeString(dir.resolve("plugins").resolve("notes.txt"), "ignored");
    List<PluginFailure> failures = new ArrayList<>();
    List<Path> paths =
        new ArchivePluginRepository(dir.resolve("plugins"), dir.resolve("cache"), failures)
            .getPluginPaths();
    assertThat(failures).isEmpty();
    assertThat(paths).hasSize(2);
    assertThat(paths.get(0)).startsWith(dir.resolve("cache"));
    assertThat(paths.get(0).resolve("lib/a.jar")).hasContent("lib/a.jar");
    assertThat(paths.get(1)).isEqualTo(dir.resolve("plugins").resolve("plain.jar"));
    try (var listing = Files.list(dir.resolve("plugins"))) {
      assertThat(listing).hasSize(3);
    }
  }

  @Test
  void entriesThatEscapeTheFolderAreRejectedAndNothingIsWrittenOutside() throws Exception {
    zip("evil.zip", "plugin.properties", "../../escaped.txt");
    zip("abs.zip", "/tmp/rewire-absolute-escape.txt");
    zip("nested.zip", "plugin.properties", "lib/../../../nested-escape.txt");
    List<PluginFailure> failures = new ArrayList<>();
    List<Path> paths =
        new ArchivePluginRepository(dir.resolve("plugins"), dir.resolve("cache"), failures)
            .getPluginPaths();
    assertThat(paths).isEmpty();
    assertThat(failures)
        .extracting(PluginFailure::plugin)
        .containsExactly("abs.zip", "evil.zip", "nested.zip");
    assertThat(failures).allMatch(f -> f.reason().contains("escapes the plugin folder"));
    assertThat(dir.resolve("nested-escape.txt")).doesNotExist();
    assertThat(Path.of("/tmp/rewire-absolute-escape.txt")).doesNotExist();
    assertThat(dir.resolve("escaped.txt")).doesNotExist();
    assertThat(dir.resolve("cache").resolve("escaped.txt")).doesNotExist();
    try (var leftovers = Files.list(dir.resolve("cache"))) {
      assertThat(leftovers).isEmpty();
    }
  }
}
