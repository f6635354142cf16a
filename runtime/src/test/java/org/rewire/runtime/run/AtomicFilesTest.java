package org.rewire.runtime.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
  @TempDir Path dir;

  @Test
  void aResumedFolderLosesOnlyTheTemporaryFilesOfKilledWrites() throws Exception {
    AtomicFiles.writeString(dir.resolve("metrics.csv"), "epoch\n1\n");
    Files.writeString(dir.resolve(".checkpoint.bin.123.tmp"), "half");
    Files.writeString(dir.resolve("notes.tmp"), "the user's");
    RunFolder.existing(dir);
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("metrics.csv", "notes.tmp");
    }
  }
}
