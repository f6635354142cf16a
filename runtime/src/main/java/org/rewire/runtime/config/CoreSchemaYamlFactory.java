package org.rewire.runtime.config;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactoryBuilder;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;
import java.io.CharArrayReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.events.ScalarEvent;

/**
 * A YAML factory that reads and writes scalars by the YAML 1.2 core schema ({@link CoreSchema})
 * instead of the YAML 1.1 rules of Jackson's parser (SnakeYAML underneath): every file, {@code
 * --set} value and resolved config Rewire reads goes through it, so {@code name: no} is the string
 * {@code no} everywhere. Locations are untouched: the parser is Jackson's, only the typing of plain
 * scalars changes. Written strings that would read back as something else ({@code "012"}, {@code
 * "true"}, {@code "~"}) are quoted.
 */
final class CoreSchemaYamlFactory extends YAMLFactory {
  private static final long serialVersionUID = 1L;

  private static final String YAML_TAG = "tag:yaml.org,2002:";

  CoreSchemaYamlFactory(YAMLFactoryBuilder builder) {
    super(builder.stringQuotingChecker(new CoreSchemaQuoting()));
  }

  @Override
  protected YAMLParser _createParser(InputStream in, IOContext context) throws IOException {
    return parser(context, _createReader(in, null, context));
  }

  @Override
  protected YAMLParser _createParser(Reader reader, IOContext context) {
    return parser(context, reader);
  }

  @Override
  protected YAMLParser _createParser(
      char[] data, int offset, int length, IOContext context, boolean recyclable) {
    return parser(context, new CharArrayReader(data, offset, length));
  }

  @Override
  protected YAMLParser _createParser(byte[] data, int offset, int length, IOContext context)
      throws IOException {
    return parser(context, _createReader(data, offset, length, null, context));
  }

  private YAMLParser parser(IOContext context, Reader reader) {
    return new CoreSchemaParser(
        context, _parserFeatures, _yamlParserFeatures, _loaderOptions, _objectCodec, reader);
  }

  /** Jackson's YAML parser with plain scalars typed by the core schema. */
  private static final class CoreSchemaParser extends YAMLParser {
    CoreSchemaParser(
        IOContext context,
        int features,
        int yamlFeatures,
        LoaderOptions loader,
        ObjectCodec codec,
        Reader reader) {
      super(context, features, yamlFeatures, loader, codec, reader);
    }

    @Override
    protected JsonToken _decodeScalar(ScalarEvent scalar) throws IOException {
      String tag = scalar.getTag();
      String value = scalar.getValue();
      if (tag == null && scalar.isPlain()) {
        return typed(CoreSchema.resolve(value), value);
      }
      if (tag != null && tag.startsWith(YAML_TAG)) {
        // !!str, !!int, ...: the core schema's explicit tags; the text must fit the tag.
        CoreSchema.Scalar resolved = CoreSchema.resolve(value);
        CoreSchema.Kind wanted =
            switch (tag.substring(YAML_TAG.length())) {
              case "null" -> CoreSchema.Kind.NULL;
              case "bool" -> CoreSchema.Kind.BOOLEAN;
              case "int" -> CoreSchema.Kind.INTEGER;
              case "float" -> CoreSchema.Kind.FLOAT;
              default -> CoreSchema.Kind.STRING;
            };
        if (wanted == CoreSchema.Kind.FLOAT && resolved.kind() == CoreSchema.Kind.INTEGER) {
          resolved = new CoreSchema.Scalar(CoreSchema.Kind.FLOAT, resolved.canonical());
        }
        return typed(
            resolved.kind() == wanted
                ? resolved
                : new CoreSchema.Scalar(CoreSchema.Kind.STRING, value),
            value);
      }
      // Quoted or block scalars are strings; other tags (!foo, !!python/...) read as Jackson does.
      return tag == null || tag.equals("!")
          ? typed(stringOf(value), value)
          : super._decodeScalar(scalar);
    }

    private static CoreSchema.Scalar stringOf(String value) {
      return new CoreSchema.Scalar(CoreSchema.Kind.STRING, value);
    }

    private JsonToken typed(CoreSchema.Scalar scalar, String text) {
      _textValue = text;
      _cleanedTextValue = null;
      return switch (scalar.kind()) {
        case NULL -> JsonToken.VALUE_NULL;
        case BOOLEAN -> CoreSchema.isTrue(text) ? JsonToken.VALUE_TRUE : JsonToken.VALUE_FALSE;
        case INTEGER -> number(scalar.canonical(), JsonToken.VALUE_NUMBER_INT);
        case FLOAT -> number(scalar.canonical(), JsonToken.VALUE_NUMBER_FLOAT);
        case STRING -> JsonToken.VALUE_STRING;
      };
    }

    /** Leaves the number to Jackson's lazy decoding, from the canonical text. */
    private JsonToken number(String canonical, JsonToken token) {
      _cleanedTextValue = canonical;
      _numberNegative = canonical.startsWith("-");
      _numTypesValid = NR_UNKNOWN;
      return token;
    }
  }

  /**
   * Quotes what Jackson quotes, and every string value the core schema would not read as a string.
   */
  private static final class CoreSchemaQuoting extends StringQuotingChecker {
    private static final long serialVersionUID = 1L;

    @Override
    public boolean needToQuoteName(String name) {
      // Keys are read as their text whatever they look like, so `1: 0.5` may stay unquoted.
      return StringQuotingChecker.Default.instance().needToQuoteName(name);
    }

    @Override
    public boolean needToQuoteValue(String value) {
      return StringQuotingChecker.Default.instance().needToQuoteValue(value)
          || !CoreSchema.readsBackAsString(value);
    }
  }
}
