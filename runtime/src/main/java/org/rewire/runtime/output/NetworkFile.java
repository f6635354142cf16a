package org.rewire.runtime.output;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import org.rewire.api.Connectivity;
import org.rewire.runtime.IoReasons;
import org.rewire.runtime.UserInputException;

/**
 * The trained network of a run folder, {@code network.json}: {@code {"neurons": N, "row_start":
 * [...], "targets": [...]}}, the compressed rows of {@link Connectivity} (row {@code i} holds the
 * postsynaptic neurons of neuron {@code i}, ascending). Written atomically; read strictly (every
 * key exactly once, no other keys, integers only, rows valid) with errors naming the file and the
 * key.
 */
public final class NetworkFile {
  /** The file name inside a run folder. */
  public static final String NAME = "network.json";

  private static final JsonFactory JSON = new JsonFactory();

  private NetworkFile() {}

  /** Writes {@code network} to {@code file}, replacing it atomically. */
  public static void write(Path file, Connectivity network) throws IOException {
    AtomicFiles.write(
        file,
        out -> {
          try (JsonGenerator g =
              JSON.createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
            g.writeStartObject();
            g.writeNumberField("neurons", network.neurons());
            g.writeArrayFieldStart("row_start");
            for (int i = 0; i <= network.neurons(); i++) {
              g.writeNumber(network.rowStart(i));
            }
            g.writeEndArray();
            g.writeArrayFieldStart("targets");
            for (int k = 0; k < network.synapses(); k++) {
              g.writeNumber(network.target(k));
            }
            g.writeEndArray();
            g.writeEndObject();
          }
        });
  }

  /**
   * Reads a network file.
   *
   * @throws UserInputException if the file is missing, unreadable or not a valid network
   */
  public static Connectivity read(Path file) {
    try (InputStream in = Files.newInputStream(file);
        JsonParser p = JSON.createParser(in)) {
      return parse(file, p);
    } catch (NoSuchFileException e) {
      throw new UserInputException(file + ": no such file");
    } catch (JsonProcessingException e) {
      throw new UserInputException(
          file
              + ":"
              + e.getLocation().getLineNr()
              + ":"
              + e.getLocation().getColumnNr()
              + ": not valid JSON: "
              + e.getOriginalMessage());
    } catch (IOException e) {
      throw IoReasons.unreadable(file, e);
    }
  }

  private static Connectivity parse(Path file, JsonParser p) throws IOException {
    if (p.nextToken() != JsonToken.START_OBJECT) {
      throw problem(file, p, "", "expected a JSON object with neurons, row_start and targets");
    }
    Integer neurons = null;
    int[] rowStart = null;
    int[] targets = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String key = p.currentName();
      p.nextToken();
      switch (key) {
        case "neurons" -> {
          if (neurons != null) {
            throw problem(file, p, key, "given twice");
          }
          neurons = integer(file, p, key);
          if (neurons < 0) {
            throw problem(file, p, key, "must be >= 0, got " + neurons);
          }
        }
        case "row_start" -> {
          if (rowStart != null) {
            throw problem(file, p, key, "given twice");
          }
          rowStart = integers(file, p, key);
        }
        case "targets" -> {
          if (targets != null) {
            throw problem(file, p, key, "given twice");
          }
          targets = integers(file, p, key);
        }
        default ->
            throw problem(
                file, p, key, "unknown key; expected only neurons, row_start and targets");
      }
    }
    if (p.nextToken() != null) {
      throw problem(file, p, "", "unexpected content after the JSON object");
    }
    present(file, neurons, "neurons");
    present(file, rowStart, "row_start");
    present(file, targets, "targets");
    try {
      return Connectivity.ofRows(neurons, rowStart, targets);
    } catch (IllegalArgumentException e) {
      throw new UserInputException(file + ": not a valid network: " + e.getMessage());
    }
  }

  private static void present(Path file, Object value, String key) {
    if (value == null) {
      throw new UserInputException(file + ": missing key '" + key + "'");
    }
  }

  private static int integer(Path file, JsonParser p, String key) throws IOException {
    if (p.currentToken() != JsonToken.VALUE_NUMBER_INT
        || p.getNumberType() != JsonParser.NumberType.INT) {
      throw problem(file, p, key, "expected an integer, got " + p.getText());
    }
    return p.getIntValue();
  }

  private static int[] integers(Path file, JsonParser p, String key) throws IOException {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      throw problem(file, p, key, "expected an array of integers, got " + p.getText());
    }
    int[] values = new int[1024];
    int n = 0;
    while (p.nextToken() != JsonToken.END_ARRAY) {
      if (n == values.length) {
        values = Arrays.copyOf(values, n * 2);
      }
      values[n++] = integer(file, p, key);
    }
    return Arrays.copyOf(values, n);
  }

  private static UserInputException problem(Path file, JsonParser p, String key, String message) {
    var where = p.currentTokenLocation();
    return new UserInputException(
        file
            + ":"
            + where.getLineNr()
            + ":"
            + where.getColumnNr()
            + (key.isEmpty() ? "" : " " + key)
            + ": "
            + message);
  }
}
