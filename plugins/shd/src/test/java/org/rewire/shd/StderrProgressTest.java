package org.rewire.shd;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StderrProgressTest {
  @Test
  void printsAboutOneLinePerTenthOfAFile() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    StderrProgress progress =
        new StderrProgress(new PrintStream(bytes, true, StandardCharsets.UTF_8));

    for (long received = 0; received <= 10L << 20; received += 1 << 16) {
      progress.update("shd_test.h5.gz", received, 10L << 20);
    }

    String[] lines = bytes.toString(StandardCharsets.UTF_8).split("\\R");
    assertThat(lines).hasSize(11);
    assertThat(lines[0]).isEqualTo("downloading shd_test.h5.gz: 0.0 B of 10.0 MiB (0%)");
    assertThat(lines[10]).isEqualTo("downloading shd_test.h5.gz: 10.0 MiB of 10.0 MiB (100%)");
  }

  @Test
  void withoutASizeItReportsEveryTenMebibytes() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    StderrProgress progress =
        new StderrProgress(new PrintStream(bytes, true, StandardCharsets.UTF_8));

    for (long received = 0; received <= 25L << 20; received += 1 << 20) {
      progress.update("md5sums.txt", received, -1);
    }

    assertThat(bytes.toString(StandardCharsets.UTF_8).split("\\R"))
        .containsExactly(
            "downloading md5sums.txt: 0.0 B",
            "downloading md5sums.txt: 10.0 MiB",
            "downloading md5sums.txt: 20.0 MiB");
  }
}
