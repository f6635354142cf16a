package org.rewire.runtime.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
  @TempDir Path dir;

  private Stream<String> names() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).toList().stream();
    }
  }

  @Test
  void aWriteThatFailsHalfwayKeepsThePreviousFileLeavesNoTemporaryAndNamesTheFile()
      throws Exception {
    Path target = dir.resolve("metrics.csv");
    AtomicFiles.writeString(target, "epoch\n1\n");
    assertThatThrownBy(
            () ->
                AtomicFiles.write(
                    target,
                    out -> {
                      out.write("epoch\n1\n2\n".getBytes(StandardCharsets.UTF_8));
                      throw new IOException("No space left on device");
                    }))
        .isInstanceOf(IOException.class)
        .hasMessage("cannot write " + target + ": No space left on device");
    assertThat(target).hasContent("epoch\n1\n");
    assertThat(names()).containsExactly("metrics.csv");
  }

  @Test
  void aFileWhereTheFolderShouldBeIsNamedInOneLine() throws Exception {
    Path file = Files.writeString(dir.resolve("runs"), "not a folder");
    Path target = file.resolve("run/config.yaml");
    // The reason is the system's ("Not a directory"); the message names the file, in one line.
    assertThatThrownBy(() -> AtomicFiles.writeString(target, "x"))
        .hasMessageStartingWith("cannot write " + target + ": ")
        .hasMessageNotContaining("\n");
    assertThat(file).hasContent("not a folder");
  }

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

  @Test
  void writtenFilesAreReadableByOthersNotOwnerOnly() throws Exception {
    assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
    Path target = dir.resolve("summary.json");
    AtomicFiles.writeString(target, "{}");
    // The temporary file behind it is created owner-only unless told otherwise.
    assertThat(Files.getPosixFilePermissions(target))
        .contains(PosixFilePermission.OWNER_READ, PosixFilePermission.GROUP_READ);
  }
}
