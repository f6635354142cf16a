package org.rewire.runtime.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.rewire.runtime.IoReasons;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.reader.ReaderException;

/**
 * Parses YAML text into a {@link LocatedTree}, recording where each key and value starts. Fails on
 * syntax errors, duplicate keys, non-UTF-8 bytes, control characters, aliases, deep nesting,
 * non-finite numbers and a root that is not a mapping, always as an {@link ExperimentFileException}
 * at the right spot. Plain scalars are typed by the YAML 1.2 core schema ({@link CoreSchema}): only
 * {@code true} and {@code false} are booleans, so {@code name: no} is the string {@code no}.
 *
 * <p>Aliases ({@code *name}) are refused rather than expanded: the streaming parser would hand back
 * the anchor's name as if it were a string, which then fails far from the cause with a confusing
 * message, and refusing them also makes alias bombs harmless.
 */
final class YamlTreeReader {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** Deepest nesting of mappings and lists read; the parser's own limit is a little higher. */
  static final int MAX_DEPTH = 40;

  private final String source;
  private final Map<String, SourceLocation> values = new HashMap<>();
  private final Map<String, SourceLocation> keys = new HashMap<>();

  private YamlTreeReader(String source) {
    this.source = source;
  }

  /**
   * Reads a whole document.
   *
   * @param source the file name to report
   * @param bytes the file's content
   */
  static LocatedTree read(String source, byte[] bytes) {
    return new YamlTreeReader(source).readDocument(bytes);
  }

  private LocatedTree readDocument(byte[] bytes) {
    SourceLocation start = new SourceLocation(source, 1, 1);
    if (bytes.length > StrictMapper.MAX_FILE_BYTES) {
      throw new ExperimentFileException(
          start,
          "",
          "file is "
              + bytes.length
              + " bytes; an experiment file is at most "
              + StrictMapper.MAX_FILE_BYTES
              + " bytes");
    }
    String text = decode(bytes, start);
    if (text.isBlank()) {
      throw new ExperimentFileException(
          start, "", "file is empty; expected a mapping with dataset, target, sparsifier, ...");
    }
    try (JsonParser parser = StrictMapper.yaml().getFactory().createParser(text)) {
      JsonToken first = parser.nextToken();
      if (first != JsonToken.START_OBJECT) {
        throw new ExperimentFileException(
            location(parser.currentTokenLocation()),
            "",
            "expected a mapping of sections (dataset:, target:, ...), got "
                + (first == null ? "nothing" : Describe.node(readValue(parser, ""))));
      }
      ObjectNode root = (ObjectNode) readValue(parser, "");
      if (parser.nextToken() != null) {
        throw new ExperimentFileException(
            location(parser.currentTokenLocation()), "", "expected one YAML document, found more");
      }
      return new LocatedTree(root, start, values, keys);
    } catch (JsonProcessingException e) {
      throw e.getCause() instanceof ReaderException r
          ? unreadableCharacter(r, text)
          : syntaxError(e);
    } catch (ReaderException e) {
      throw unreadableCharacter(e, text);
    } catch (YAMLException e) {
      throw yamlError(e, start);
    } catch (IOException e) {
      throw new ExperimentFileException(start, "", "cannot read: " + IoReasons.reason(e));
    }
  }

  private JsonNode readValue(JsonParser parser, String pointer) throws IOException {
    SourceLocation at = location(parser.currentTokenLocation());
    values.put(pointer, at);
    if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
      throw new ExperimentFileException(
          at,
          YamlPaths.dotted(pointer),
          "YAML alias *" + parser.getText() + " is not supported; write the value out");
    }
    JsonToken token = parser.currentToken();
    if ((token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY)
        && parser.getParsingContext().getNestingDepth() > MAX_DEPTH) {
      throw new ExperimentFileException(
          at, YamlPaths.dotted(pointer), "nested too deeply (at most " + MAX_DEPTH + " levels)");
    }
    switch (token) {
      case START_OBJECT -> {
        ObjectNode object = NODES.objectNode();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String name = parser.currentName();
          String child = YamlPaths.child(pointer, name);
          SourceLocation keyAt = location(parser.currentTokenLocation());
          if (object.has(name)) {
            throw new ExperimentFileException(
                keyAt,
                YamlPaths.dotted(child),
                "duplicate key '" + name + "' (first at line " + keys.get(child).line() + ")");
          }
          keys.put(child, keyAt);
          parser.nextToken();
          object.set(name, readValue(parser, child));
        }
        return object;
      }
      case START_ARRAY -> {
        ArrayNode array = NODES.arrayNode();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          array.add(readValue(parser, pointer + "/" + array.size()));
        }
        return array;
      }
      case VALUE_STRING -> {
        return NODES.textNode(parser.getText());
      }
      case VALUE_NUMBER_INT -> {
        return switch (parser.getNumberType()) {
          case INT -> NODES.numberNode(parser.getIntValue());
          case LONG -> NODES.numberNode(parser.getLongValue());
          default -> NODES.numberNode(parser.getBigIntegerValue());
        };
      }
      case VALUE_NUMBER_FLOAT -> {
        return NODES.numberNode(finiteDouble(parser, at, pointer));
      }
      case VALUE_TRUE, VALUE_FALSE -> {
        return NODES.booleanNode(token == JsonToken.VALUE_TRUE);
      }
      case VALUE_NULL -> {
        return NODES.nullNode();
      }
      default ->
          throw new ExperimentFileException(
              location(parser.currentTokenLocation()),
              YamlPaths.dotted(pointer),
              "unexpected " + token);
    }
  }

  /** YAML's {@code .nan} and {@code .inf} reach Jackson as floats it cannot parse. */
  private static double finiteDouble(JsonParser parser, SourceLocation at, String pointer)
      throws IOException {
    try {
      double value = parser.getDoubleValue();
      if (Double.isFinite(value)) {
        return value;
      }
    } catch (StreamReadException e) {
      // reported below, with the value as written
    }
    throw new ExperimentFileException(
        at, YamlPaths.dotted(pointer), "expected a finite number, got " + parser.getText());
  }

  /** SnakeYAML's reader reports a character offset; turn it into the line and column. */
  private ExperimentFileException unreadableCharacter(ReaderException e, String text) {
    int offset = Math.max(0, Math.min(e.getPosition(), text.length()));
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset; i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new ExperimentFileException(
        new SourceLocation(source, line, offset - lineStart + 1),
        "",
        String.format(
            java.util.Locale.ROOT,
            "control character U+%04X is not allowed in YAML",
            e.getCodePoint()));
  }

  private SourceLocation location(JsonLocation l) {
    return new SourceLocation(source, Math.max(1, l.getLineNr()), Math.max(1, l.getColumnNr()));
  }

  private ExperimentFileException syntaxError(JsonProcessingException e) {
    Throwable cause = e.getCause();
    if (cause instanceof YAMLException y) {
      return yamlError(y, location(e.getLocation()));
    }
    String message = e.getOriginalMessage();
    if (e instanceof StreamConstraintsException) {
      message = "nested too deeply (at most " + MAX_DEPTH + " levels)";
    } else if (message != null && message.startsWith("Duplicate field")) {
      message = "duplicate key " + message.substring("Duplicate field ".length());
    }
    return new ExperimentFileException(
        e.getLocation() == null ? new SourceLocation(source, 1, 1) : location(e.getLocation()),
        "",
        firstLine(message));
  }

  private ExperimentFileException yamlError(YAMLException e, SourceLocation fallback) {
    if (e instanceof MarkedYAMLException m) {
      Mark mark = m.getProblemMark() != null ? m.getProblemMark() : m.getContextMark();
      SourceLocation at =
          mark == null
              ? fallback
              : new SourceLocation(source, mark.getLine() + 1, mark.getColumn() + 1);
      String problem = m.getProblem() != null ? m.getProblem() : m.getContext();
      return new ExperimentFileException(at, "", "YAML syntax: " + firstLine(problem));
    }
    String message = firstLine(e.getMessage());
    if (message.contains("aliases")) {
      message = "too many YAML aliases (at most 20): " + message;
    }
    return new ExperimentFileException(fallback, "", message);
  }

  private static String firstLine(String message) {
    return message == null ? "invalid YAML" : message.lines().findFirst().orElse("").strip();
  }

  private static String decode(byte[] bytes, SourceLocation start) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new ExperimentFileException(
          start, "", "not a text file: expected UTF-8 YAML, found bytes that are not UTF-8");
    }
  }
}
