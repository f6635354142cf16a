package org.rewire.runtime.checkpoint;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;
import org.rewire.runtime.IoReasons;
import org.rewire.runtime.UserInputException;
import org.rewire.runtime.output.AtomicFiles;

/**
 * The checkpoint file of a run folder, {@value #NAME}: written atomically (a temporary file in the
 * same folder, synced, then renamed over the old one), so a crash mid-write leaves the previous
 * checkpoint whole.
 *
 * <p>Layout, big-endian ({@link java.io.DataOutput}):
 *
 * <pre>
 * header    magic "RWCKPT\r\n" (8 bytes), format version (int), config digest (UTF),
 *           neuron model name (UTF; version 2 on), epochs completed (int), optimizer steps (long)
 * "RAND"    sparsifier stream seed, gamma; batch-order stream seed, gamma (4 longs)
 * "INPT"    input store:     row starts, row lengths, columns (int arrays),
 *                            weights, Adam m1, Adam m2 (float arrays); an array is its length
 *                            (int) then raw values
 * "RECU"    recurrent store: the same
 * "NEUR"    (version 2 on) neuron parameters (int); per parameter: name (UTF), values, Adam m1,
 *           Adam m2 (float arrays, the moments empty when it is not trained)
 * "SPAR"    has state (boolean), then its length (int) and bytes
 * "MTRC"    rows (int); per row: columns (int); per column: name (UTF), tag, value
 *           (tag 'I' int, 'L' long, 'D' double, 'Z' boolean, 'S' UTF string, 'N' null)
 * trailer   CRC-32 of every byte before it (long)
 * </pre>
 *
 * A reader refuses a newer format version, another neuron model or another config's digest before
 * reading the rest, and a damaged file (bad tag, short read, checksum) with a clear message. A
 * version 1 file (before neuron models) holds fixed-constant LIF neurons.
 */
public final class CheckpointFile {
  /** The file name in a run folder. */
  public static final String NAME = "checkpoint.bin";

  /** The format version this code writes and the newest it reads. */
  public static final int VERSION = 2;

  /** The neuron model every checkpoint of format version 1 was written for. */
  static final String VERSION_1_NEURON = "lif";

  static final long MAGIC = 0x5257434B50540D0AL; // "RWCKPT\r\n": text-mode copies show up

  private CheckpointFile() {}

  /** Writes {@code checkpoint} as {@code file}, atomically and synced to disk. */
  public static void write(Path file, Checkpoint checkpoint) throws IOException {
    AtomicFiles.writeSynced(
        file,
        raw -> {
          BufferedOutputStream buffered = new BufferedOutputStream(raw, 1 << 16);
          CRC32 crc = new CRC32();
          DataOutputStream out = new DataOutputStream(new CheckedOutputStream(buffered, crc));
          writeBody(out, checkpoint);
          out.flush();
          new DataOutputStream(buffered).writeLong(crc.getValue());
          buffered.flush();
        });
  }

  private static void writeBody(DataOutputStream out, Checkpoint c) throws IOException {
    out.writeLong(MAGIC);
    out.writeInt(VERSION);
    out.writeUTF(c.configDigest());
    out.writeUTF(c.neuron());
    out.writeInt(c.epochs());
    out.writeLong(c.step());
    out.writeBytes("RAND");
    out.writeLong(c.sparsifierRandom().seed());
    out.writeLong(c.sparsifierRandom().gamma());
    out.writeLong(c.shuffle().seed());
    out.writeLong(c.shuffle().gamma());
    out.writeBytes("INPT");
    c.input().writeTo(out);
    out.writeBytes("RECU");
    c.recurrent().writeTo(out);
    out.writeBytes("NEUR");
    out.writeInt(c.neuronParameters().size());
    for (NeuronParameterState p : c.neuronParameters()) {
      p.writeTo(out);
    }
    out.writeBytes("SPAR");
    out.writeBoolean(c.sparsifier() != null);
    if (c.sparsifier() != null) {
      out.writeInt(c.sparsifier().length);
      out.write(c.sparsifier());
    }
    out.writeBytes("MTRC");
    out.writeInt(c.metrics().size());
    for (Map<String, Object> row : c.metrics()) {
      out.writeInt(row.size());
      for (Map.Entry<String, Object> e : row.entrySet()) {
        out.writeUTF(e.getKey());
        writeValue(out, e.getKey(), e.getValue());
      }
    }
  }

  private static void writeValue(DataOutputStream out, String name, Object value)
      throws IOException {
    if (value == null) {
      out.writeByte('N');
    } else if (value instanceof Integer i) {
      out.writeByte('I');
      out.writeInt(i);
    } else if (value instanceof Long l) {
      out.writeByte('L');
      out.writeLong(l);
    } else if (value instanceof Double d) {
      out.writeByte('D');
      out.writeDouble(d);
    } else if (value instanceof Boolean b) {
      out.writeByte('Z');
      out.writeBoolean(b);
    } else if (value instanceof String s) {
      out.writeByte('S');
      out.writeUTF(s);
    } else {
      throw new IllegalArgumentException(
          "metric " + name + " holds a " + value.getClass().getName() + ", not a checkpoint value");
    }
  }

  /**
   * Reads the checkpoint {@code file} of a run whose resolved config has {@code expectedDigest},
   * whatever its neuron model (the digest pins it too).
   *
   * @throws UserInputException as {@link #read(Path, String, String)}
   */
  public static Checkpoint read(Path file, String expectedDigest) {
    return read(file, expectedDigest, null);
  }

  /**
   * Reads the checkpoint {@code file} of a run whose resolved config has {@code expectedDigest} and
   * neuron model {@code expectedNeuron} ({@code model.neuron}; null for any).
   *
   * @throws UserInputException if there is no such file, it is not a checkpoint, it has a newer
   *     format version, it was written for another neuron model or another config, or it is
   *     damaged; one line naming the file
   */
  public static Checkpoint read(Path file, String expectedDigest, String expectedNeuron) {
    long size;
    try {
      size = Files.size(file);
    } catch (NoSuchFileException e) {
      throw new UserInputException(file + ": no such checkpoint");
    } catch (IOException e) {
      throw IoReasons.unreadable(file, e);
    }
    try (InputStream raw = Files.newInputStream(file)) {
      BufferedInputStream buffered = new BufferedInputStream(raw, 1 << 16);
      CRC32 crc = new CRC32();
      DataInputStream in = new DataInputStream(new CheckedInputStream(buffered, crc));
      Checkpoint c =
          readBody(
              file,
              in,
              expectedDigest,
              expectedNeuron,
              (int) Math.min(size / 4, Integer.MAX_VALUE));
      long expected = crc.getValue();
      long stored = new DataInputStream(buffered).readLong();
      if (stored != expected || buffered.read() != -1) {
        throw damaged(file, "its checksum does not match its content");
      }
      return c;
    } catch (EOFException e) {
      throw damaged(file, "it ends early (truncated)");
    } catch (IOException e) {
      throw damaged(file, e.getMessage());
    } catch (IllegalArgumentException e) {
      throw damaged(file, e.getMessage());
    }
  }

  private static Checkpoint readBody(
      Path file, DataInputStream in, String digest, String neuron, int maxArray)
      throws IOException {
    if (in.readLong() != MAGIC) {
      throw new UserInputException(file + ": not a Rewire checkpoint");
    }
    int version = in.readInt();
    if (version > VERSION) {
      throw new UserInputException(
          file
              + ": checkpoint format version "
              + version
              + " is newer than this Rewire reads ("
              + VERSION
              + "); resume it with the Rewire that wrote it");
    }
    if (version < 1) {
      throw damaged(file, "format version " + version);
    }
    String stored = in.readUTF();
    String storedNeuron = version >= 2 ? in.readUTF() : VERSION_1_NEURON;
    if (neuron != null && !storedNeuron.equals(neuron)) {
      throw new UserInputException(
          file
              + ": written for neuron model '"
              + storedNeuron
              + "', the run's config has model.neuron: "
              + neuron
              + "; a run cannot change its neuron model, start it again with --force");
    }
    if (!stored.equals(digest)) {
      throw new UserInputException(
          file
              + ": written for another config (digest "
              + abbreviate(stored)
              + ", the run's config.yaml has "
              + abbreviate(digest)
              + "); start the run again with --force");
    }
    int epochs = in.readInt();
    long step = in.readLong();
    section(in, "RAND");
    SavableRandom.State sparsifierRandom = new SavableRandom.State(in.readLong(), in.readLong());
    SavableRandom.State shuffle = new SavableRandom.State(in.readLong(), in.readLong());
    section(in, "INPT");
    StoreState input = StoreState.readFrom(in, maxArray);
    section(in, "RECU");
    StoreState recurrent = StoreState.readFrom(in, maxArray);
    List<NeuronParameterState> neuronParameters = new ArrayList<>();
    if (version >= 2) {
      section(in, "NEUR");
      int count = in.readInt();
      if (count < 0 || count > maxArray) {
        throw new IOException(count + " neuron parameters");
      }
      for (int k = 0; k < count; k++) {
        neuronParameters.add(NeuronParameterState.readFrom(in, maxArray));
      }
    }
    section(in, "SPAR");
    byte[] sparsifier = null;
    if (in.readBoolean()) {
      int n = in.readInt();
      if (n < 0 || n > maxArray * 4L) {
        throw new IOException("sparsifier state of " + n + " bytes");
      }
      sparsifier = new byte[n];
      in.readFully(sparsifier);
    }
    section(in, "MTRC");
    int rows = in.readInt();
    if (rows < 0 || rows > epochs) {
      throw new IOException(rows + " metrics rows for " + epochs + " epochs");
    }
    List<Map<String, Object>> metrics = new ArrayList<>(rows);
    for (int r = 0; r < rows; r++) {
      int columns = in.readInt();
      if (columns < 0 || columns > maxArray) {
        throw new IOException("metrics row of " + columns + " columns");
      }
      Map<String, Object> row = new LinkedHashMap<>();
      for (int k = 0; k < columns; k++) {
        row.put(in.readUTF(), readValue(in));
      }
      metrics.add(row);
    }
    return new Checkpoint(
        digest,
        epochs,
        step,
        input,
        recurrent,
        sparsifierRandom,
        shuffle,
        sparsifier,
        metrics,
        storedNeuron,
        neuronParameters);
  }

  private static Object readValue(DataInputStream in) throws IOException {
    int tag = in.readByte();
    return switch (tag) {
      case 'N' -> null;
      case 'I' -> in.readInt();
      case 'L' -> in.readLong();
      case 'D' -> in.readDouble();
      case 'Z' -> in.readBoolean();
      case 'S' -> in.readUTF();
      default -> throw new IOException("unknown metrics value tag " + tag);
    };
  }

  private static void section(DataInputStream in, String tag) throws IOException {
    byte[] found = new byte[4];
    in.readFully(found);
    if (!new String(found, java.nio.charset.StandardCharsets.ISO_8859_1).equals(tag)) {
      throw new IOException("section " + tag + " missing");
    }
  }

  private static String abbreviate(String digest) {
    return digest.length() > 12 ? digest.substring(0, 12) : digest;
  }

  private static UserInputException damaged(Path file, String why) {
    return new UserInputException(file + ": damaged checkpoint: " + why);
  }
}
