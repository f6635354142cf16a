package org.rewire.shd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(20)
class ReleaseDownloaderTest {
  @TempDir Path dir;

  private ReleaseServer server;
  private final List<String> progress = new ArrayList<>();
  private final byte[] train = randomBytes(300_000, 1);
  private final byte[] test = randomBytes(40_000, 2);

  @BeforeEach
  void start() throws IOException {
    server =
        new ReleaseServer()
            .put("a.bin", train)
            .put("b.bin", test)
            .put("md5sums.txt", sums(md5(train), md5(test)));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private Path folder() {
    return dir.resolve("cache").resolve("shd");
  }

  private List<Path> fetch() {
    return new ReleaseDownloader(
            HttpClient.newHttpClient(),
            server.base(),
            folder(),
            (file, received, total) -> progress.add(file + " " + received + "/" + total))
        .fetch(List.of("a.bin", "b.bin"));
  }

  @Test
  void fetchesVerifiesAndReportsProgress() throws IOException {
    List<Path> paths = fetch();

    assertThat(paths).containsExactly(folder().resolve("a.bin"), folder().resolve("b.bin"));
    assertThat(Files.readAllBytes(paths.get(0))).isEqualTo(train);
    assertThat(Files.readAllBytes(paths.get(1))).isEqualTo(test);
    assertThat(progress).contains("a.bin 0/300000", "a.bin 300000/300000", "b.bin 40000/40000");
    assertThat(server.requests()).containsExactly("md5sums.txt", "a.bin", "b.bin");
  }

  @Test
  void filesAlreadyPresentAndValidAreNotFetchedAgain() {
    fetch();
    fetch();

    assertThat(server.requests()).containsExactly("md5sums.txt", "a.bin", "b.bin");
  }

  @Test
  void aDamagedLocalFileIsFetchedAgain() throws IOException {
    fetch();
    Files.write(folder().resolve("b.bin"), new byte[] {1, 2, 3});

    fetch();

    assertThat(Files.readAllBytes(folder().resolve("b.bin"))).isEqualTo(test);
    assertThat(server.requests()).endsWith("md5sums.txt", "b.bin");
  }

  @Test
  void aWrongChecksumFailsAndKeepsNothing() throws IOException {
    server.put("md5sums.txt", sums(md5(train), "0123456789abcdef0123456789abcdef"));

    assertThatThrownBy(this::fetch)
        .isInstanceOf(DownloadException.class)
        .hasMessageStartingWith(
            "b.bin: downloaded file has MD5 " + md5(test) + " but md5sums.txt says 0123")
        .extracting(e -> ((DownloadException) e).field())
        .isEqualTo("download");
    assertThat(folder().resolve("b.bin")).doesNotExist();
    assertThat(leftovers()).isEmpty();
  }

  @Test
  void aFileTheChecksumListDoesNotNameIsRefused() {
    assertThatThrownBy(
            () ->
                new ReleaseDownloader(
                        HttpClient.newHttpClient(),
                        server.base(),
                        folder(),
                        DownloadProgress.none())
                    .fetch(List.of("c.bin")))
        .isInstanceOf(DownloadException.class)
        .hasMessageContaining("lists no checksum for c.bin");
  }

  @Test
  void aNotFoundFileFailsNamingTheAddress() throws IOException {
    server.remove("md5sums.txt");

    assertThatThrownBy(this::fetch)
        .isInstanceOf(DownloadException.class)
        .hasMessage("GET " + server.base() + "md5sums.txt: HTTP 404")
        .extracting(e -> ((DownloadException) e).field())
        .isEqualTo("base_url");
    assertThat(leftovers()).isEmpty();
  }

  @Test
  void aConnectionDroppedMidFileLeavesNoPartialFile() throws IOException {
    server.dropHalfWay("a.bin");

    assertThatThrownBy(this::fetch)
        .isInstanceOf(DownloadException.class)
        .hasMessageStartingWith("GET " + server.base() + "a.bin failed after ")
        .hasMessageContaining("nothing was kept");
    assertThat(folder().resolve("a.bin")).doesNotExist();
    assertThat(leftovers()).isEmpty();
  }

  @Test
  void parsesMd5sumOutput() {
    assertThat(
            ReleaseDownloader.parseChecksums(
                "D47C9825DEE33347913E8CE0F2BE08B0  shd_train.h5.gz\n"
                    + "3062a80ec0c5719404d5b02e166543b1 *./shd_test.h5.gz\n\n",
                server.base()))
        .containsEntry("shd_train.h5.gz", "d47c9825dee33347913e8ce0f2be08b0")
        .containsEntry("shd_test.h5.gz", "3062a80ec0c5719404d5b02e166543b1");
    assertThatThrownBy(() -> ReleaseDownloader.parseChecksums("<html>moved</html>", server.base()))
        .isInstanceOf(DownloadException.class)
        .hasMessageContaining("not an md5sum line: <html>moved</html>");
  }

  /** Files in the download folder other than the verified ones (temporary leftovers). */
  private List<Path> leftovers() throws IOException {
    if (!Files.isDirectory(folder())) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder())) {
      return files
          .filter(
              p -> !List.of("a.bin", "b.bin", "md5sums.txt").contains(p.getFileName().toString()))
          .toList();
    }
  }

  static byte[] randomBytes(int length, long seed) {
    byte[] bytes = new byte[length];
    new SplittableRandom(seed).nextBytes(bytes);
    return bytes;
  }

  static String md5(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] sums(String a, String b) {
    return (a + "  a.bin\n" + b + "  b.bin\n").getBytes(StandardCharsets.US_ASCII);
  }
}
