package org.rewire.runtime.output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import org.rewire.runtime.IoReasons;

/** Writes files all-or-nothing: into a temporary file beside the target, then a rename. */
public final class AtomicFiles {
  private AtomicFiles() {}

  /** Something that writes a file's content. */
  @FunctionalInterface
  public interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  /**
   * Writes {@code target} atomically; on failure the previous file, if any, is untouched and no
   * temporary file is left behind.
   *
   * @throws IOException on any failure (a full disk, a read-only folder), with a one-line message
   *     that names {@code target}: {@code cannot write PATH: REASON}
   */
  public static void write(Path target, Content content) throws IOException {
    write(target, content, false);
  }

  /**
   * Writes {@code target} as {@link #write} does, and syncs the content to disk before the rename,
   * so not even a power cut can leave a renamed but empty file: for state a run resumes from.
   */
  public static void writeSynced(Path target, Content content) throws IOException {
    write(target, content, true);
  }

  private static void write(Path target, Content content, boolean sync) throws IOException {
    Path temp = null;
    try {
      Path dir = target.toAbsolutePath().getParent();
      Files.createDirectories(dir);
      temp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp", readable(dir));
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
          OutputStream out = Channels.newOutputStream(channel)) {
        content.writeTo(out);
        if (sync) {
          channel.force(true);
        }
      }
      try {
        Files.move(
            temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      // A write error's own message is often just "No space left on device": say which file.
      throw new IOException("cannot write " + target + ": " + IoReasons.reason(e), e);
    } finally {
      if (temp != null) {
        Files.deleteIfExists(temp);
      }
    }
  }

  /**
   * rw-r--r-- (less the umask) where the file system has POSIX permissions: temporary files are
   * created owner-only, which would make every run file unreadable to the rest of a team.
   */
  private static FileAttribute<?>[] readable(Path dir) {
    if (!dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      return new FileAttribute<?>[0];
    }
    return new FileAttribute<?>[] {
      PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-r--r--"))
    };
  }

  /**
   * Deletes the temporary files that writes into {@code dir} left when their process was killed
   * mid-write (a SIGKILL runs no cleanup), so a folder that is written again does not collect them.
   * Only files named as this class names its temporary files ({@code .NAME.RANDOM.tmp}) go.
   */
  public static void removeLeftovers(Path dir) throws IOException {
    try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(dir, ".*.tmp")) {
      for (Path p : leftovers) {
        if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
          Files.deleteIfExists(p);
        }
      }
    }
  }

  /** Writes a UTF-8 text file atomically. */
  public static void writeString(Path target, String text) throws IOException {
    write(target, out -> out.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
  }
}
