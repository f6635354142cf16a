package org.rewire.runtime.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rewire.runtime.UserInputException;

class CheckpointFileTest {
  private static final String DIGEST = "ab".repeat(32);

  @TempDir Path dir;

  private static StoreState store(float scale) {
    // 2 rows with 2 slots each: row 0 holds columns 0 and 2, row 1 holds column 1 and one free slot
    return new StoreState(
        new int[] {0, 2, 4},
        new int[] {2, 1},
        new int[] {0, 2, 1, -1},
        new float[] {scale, -scale, 0.5f, 0},
        new float[] {0.1f, 0.2f, 0.3f, 0},
        new float[] {1e-3f, 2e-3f, 3e-3f, 0});
  }

  private static Checkpoint checkpoint(int epochs, Map<String, Object> row) {
    return new Checkpoint(
        DIGEST,
        epochs,
        17L * epochs,
        store(1),
        store(epochs),
        new SavableRandom.State(11, 13),
        new SavableRandom.State(-5, 0x9e3779b97f4a7c15L),
        new byte[] {1, 2, 3},
        List.of(row),
        "alif",
        List.of(
            new NeuronParameterState(
                "decay_mem",
                new float[] {0.9f, 0.95f},
                new float[] {0.01f, -0.02f},
                new float[] {1e-4f, 2e-4f}),
            new NeuronParameterState("beta", new float[] {0.26f, 0f}, new float[0], new float[0])));
  }

  private static Map<String, Object> row(Object loss) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("epoch", 1);
    row.put("step", 17L);
    row.put("train_loss", loss);
    row.put("mappable", true);
    row.put("note", "a, \"b\"");
    row.put("missing", null);
    return row;
  }

  @Test
  void readsBackWhatItWrote() throws Exception {
    Path file = dir.resolve(CheckpointFile.NAME);
    CheckpointFile.write(file, checkpoint(2, row(0.25)));
    Checkpoint c = CheckpointFile.read(file, DIGEST);
    assertThat(c.epochs()).isEqualTo(2);
    assertThat(c.step()).isEqualTo(34);
    assertThat(c.recurrent().weight()).containsExactly(2, -2, 0.5f, 0);
    assertThat(c.recurrent().column()).containsExactly(0, 2, 1, -1);
    assertThat(c.input().moment2()).containsExactly(1e-3f, 2e-3f, 3e-3f, 0);
    assertThat(c.sparsifierRandom()).isEqualTo(new SavableRandom.State(11, 13));
    assertThat(c.shuffle()).isEqualTo(new SavableRandom.State(-5, 0x9e3779b97f4a7c15L));
    assertThat(c.sparsifier()).containsExactly(1, 2, 3);
    // Values keep their types, so the metrics files a resumed run rewrites are byte-identical.
    assertThat(c.metrics()).containsExactly(row(0.25));
    assertThat(c.metrics().get(0).get("epoch")).isInstanceOf(Integer.class);
    assertThat(c.metrics().get(0).get("step")).isInstanceOf(Long.class);
    // The neuron model's state: learned time constants with their moments, fixed parameters.
    assertThat(c.neuron()).isEqualTo("alif");
    assertThat(c.neuronParameters()).hasSize(2);
    assertThat(c.neuronParameters().get(0).name()).isEqualTo("decay_mem");
    assertThat(c.neuronParameters().get(0).value()).containsExactly(0.9f, 0.95f);
    assertThat(c.neuronParameters().get(0).moment1()).containsExactly(0.01f, -0.02f);
    assertThat(c.neuronParameters().get(0).moment2()).containsExactly(1e-4f, 2e-4f);
    assertThat(c.neuronParameters().get(1).moment1()).isEmpty();
  }

  @Test
  void refusesACheckpointOfAnotherNeuronModelInOneLine() throws Exception {
    Path file = dir.resolve(CheckpointFile.NAME);
    CheckpointFile.write(file, checkpoint(1, row(0.5)));
    assertThat(CheckpointFile.read(file, DIGEST, "alif").neuron()).isEqualTo("alif");
    // Checked before the digest, which a changed model changes too: the message names the cause.
    assertThatThrownBy(() -> CheckpointFile.read(file, "cd".repeat(32), "lif"))
        .isInstanceOf(UserInputException.class)
        .hasMessage(
            file
                + ": written for neuron model 'alif', the run's config has model.neuron: lif; a run"
                + " cannot change its neuron model, start it again with --force");
  }

  @Test
  void readsAVersion1CheckpointAsFixedLifNeurons() throws Exception {
    Path file = dir.resolve(CheckpointFile.NAME);
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
    java.io.DataOutputStream out =
        new java.io.DataOutputStream(new java.util.zip.CheckedOutputStream(bytes, crc));
    out.writeLong(CheckpointFile.MAGIC);
    out.writeInt(1);
    out.writeUTF(DIGEST);
    out.writeInt(1);
    out.writeLong(5);
    out.writeBytes("RAND");
    for (long x : new long[] {11, 13, -5, 7}) {
      out.writeLong(x);
    }
    out.writeBytes("INPT");
    store(1).writeTo(out);
    out.writeBytes("RECU");
    store(2).writeTo(out);
    out.writeBytes("SPAR");
    out.writeBoolean(false);
    out.writeBytes("MTRC");
    out.writeInt(0);
    out.flush();
    new java.io.DataOutputStream(bytes).writeLong(crc.getValue());
    Files.write(file, bytes.toByteArray());
    Checkpoint c = CheckpointFile.read(file, DIGEST, "lif");
    assertThat(c.neuron()).isEqualTo("lif");
    assertThat(c.neuronParameters()).isEmpty();
    assertThat(c.step()).isEqualTo(5);
    assertThatThrownBy(() -> CheckpointFile.read(file, DIGEST, "cuba-lif"))
        .hasMessageContaining("written for neuron model 'lif'");
  }

  @Test
  void aWriteThatFailsMidwayLeavesThePreviousCheckpoint() throws Exception {
    Path file = dir.resolve(CheckpointFile.NAME);
    CheckpointFile.write(file, checkpoint(1, row(0.5)));
    byte[] before = Files.readAllBytes(file);
    // The metrics come last: the network is already written when this value fails.
    assertThatThrownBy(() -> CheckpointFile.write(file, checkpoint(2, row(new Object()))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("train_loss");
    assertThat(Files.readAllBytes(file)).isEqualTo(before);
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(file); // no temporary file left behind
    }
    assertThat(CheckpointFile.read(file, DIGEST).epochs()).isEqualTo(1);
  }

  @Test
  void refusesACheckpointOfAnotherConfig() throws Exception {
    Path file = dir.resolve(CheckpointFile.NAME);
    CheckpointFile.write(file, checkpoint(1, row(0.5)));
    assertThatThrownBy(() -> CheckpointFile.read(file, "cd".repeat(32)))
        .isInstanceOf(UserInputException.class)
        .hasMessage(
            file
                + ": written for another config (digest abababababab, the run's config.yaml has"
                + " cdcdcdcdcdcd); start the run again with --force");
  }

  @Test
  void refusesANewerFormatVersion() throws Exception {
    Path file = dir.resolve(CheckpointFile.NAME);
    CheckpointFile.write(file, checkpoint(1, row(0.5)));
    try (RandomAccessFile raw = new RandomAccessFile(file.toFile(), "rw")) {
      raw.seek(8); // after the magic
      raw.writeInt(CheckpointFile.VERSION + 1);
    }
    assertThatThrownBy(() -> CheckpointFile.read(file, DIGEST))
        .isInstanceOf(UserInputException.class)
        .hasMessageContaining("checkpoint format version 3 is newer than this Rewire reads (2)")
        .hasMessageNotContaining("\n");
  }

  @Test
  void reportsATruncatedOrCorruptedFileAsDamaged() throws Exception {
    Path file = dir.resolve(CheckpointFile.NAME);
    CheckpointFile.write(file, checkpoint(1, row(0.5)));
    byte[] bytes = Files.readAllBytes(file);
    Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 20));
    assertThatThrownBy(() -> CheckpointFile.read(file, DIGEST))
        .isInstanceOf(UserInputException.class)
        .hasMessageContaining("damaged checkpoint");
    bytes[bytes.length - 30] ^= 1; // a flipped bit in the metrics
    Files.write(file, bytes);
    assertThatThrownBy(() -> CheckpointFile.read(file, DIGEST))
        .isInstanceOf(UserInputException.class)
        .hasMessageContaining("damaged checkpoint");
  }

  @Test
  void refusesAFileThatIsNoCheckpoint() throws Exception {
    Path file = dir.resolve("config.yaml");
    Files.writeString(file, "name: x\nseed: 1\n");
    assertThatThrownBy(() -> CheckpointFile.read(file, DIGEST))
        .isInstanceOf(UserInputException.class)
        .hasMessage(file + ": not a Rewire checkpoint");
  }
}
