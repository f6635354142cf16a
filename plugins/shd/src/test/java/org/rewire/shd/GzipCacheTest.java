package org.rewire.shd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GzipCacheTest {
  @TempDir Path dir;

  private Path cacheRoot() {
    return dir.resolve("cache");
  }

  @Test
  void decompressesOnceIntoAFolderKeyedByChecksum() throws IOException {
    Path h5 = Fixtures.copy("valid_f16.h5", dir);
    Path gz = Fixtures.gzip(h5, dir.resolve("train.h5.gz"));
    GzipCache cache = new GzipCache(cacheRoot());

    GzipCache.Plain first = cache.plain(gz);

    assertThat(first.md5()).isEqualTo(Md5.of(gz));
    assertThat(first.file())
        .isEqualTo(cacheRoot().resolve("decompressed").resolve(first.md5()).resolve("train.h5"));
    assertThat(Files.readAllBytes(first.file())).isEqualTo(Files.readAllBytes(h5));

    FileTime written = FileTime.fromMillis(1_000_000);
    Files.setLastModifiedTime(first.file(), written);
    GzipCache.Plain second = cache.plain(gz);
    assertThat(second).isEqualTo(first);
    assertThat(Files.getLastModifiedTime(second.file())).isEqualTo(written);
  }

  @Test
  void aChangedArchiveGetsAFreshCopy() throws IOException {
    GzipCache cache = new GzipCache(cacheRoot());
    Path gz = Fixtures.gzip(Fixtures.copy("valid_f16.h5", dir), dir.resolve("train.h5.gz"));
    Path before = cache.plain(gz).file();

    Fixtures.gzip(Fixtures.copy("valid_f32_u32.h5", dir), gz);
    Path after = cache.plain(gz).file();

    assertThat(after).isNotEqualTo(before);
    assertThat(Files.size(after)).isEqualTo(Files.size(dir.resolve("valid_f32_u32.h5")));
  }

  @Test
  void plainFilesAreReadWhereTheyAre() {
    Path h5 = Fixtures.copy("valid_f16.h5", dir);

    assertThat(new GzipCache(cacheRoot()).plain(h5).file()).isEqualTo(h5);
    assertThat(cacheRoot()).doesNotExist();
  }

  @Test
  void truncatedGzipFailsNamingTheFileAndLeavesNothingBehind() throws IOException {
    Path gz = Fixtures.gzip(Fixtures.copy("valid_f16.h5", dir), dir.resolve("whole.h5.gz"));
    byte[] bytes = Files.readAllBytes(gz);
    Path cut = Files.write(dir.resolve("shd_train.h5.gz"), Arrays.copyOf(bytes, bytes.length / 2));

    assertThatThrownBy(() -> new GzipCache(cacheRoot()).plain(cut))
        .isInstanceOf(DataFileException.class)
        .hasMessageStartingWith("shd_train.h5.gz: truncated gzip data");
    try (Stream<Path> files = Files.walk(cacheRoot())) {
      assertThat(files.filter(Files::isRegularFile)).isEmpty();
    }
  }

  @Test
  void dataThatIsNotGzipIsNamedAsSuch() throws IOException {
    Path fake = Files.writeString(dir.resolve("shd_test.h5.gz"), "<html>not found</html>");

    assertThatThrownBy(() -> new GzipCache(cacheRoot()).plain(fake))
        .isInstanceOf(DataFileException.class)
        .hasMessageStartingWith("shd_test.h5.gz: not valid gzip data");
  }
}
