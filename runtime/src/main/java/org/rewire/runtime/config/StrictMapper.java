package org.rewire.runtime.config;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * The one strict mapper configuration every config record is bound with: snake_case keys; unknown
 * keys, duplicate keys, nulls for primitives, floats for integers and strings for numbers (or the
 * reverse) all fail (duplicate keys in files are caught by {@link YamlTreeReader}, with both
 * lines). Also the YAML factory with bounded aliases, nesting and size.
 */
public final class StrictMapper {
  /** Largest experiment file read, in bytes. */
  public static final int MAX_FILE_BYTES = 1 << 20;

  private static final ObjectMapper BINDER = configure(JsonMapper.builder().build());
  private static final YAMLMapper YAML = (YAMLMapper) configure(new YAMLMapper(yamlFactory()));

  private StrictMapper() {}

  /** Binds trees to config records. */
  public static ObjectMapper binder() {
    return BINDER;
  }

  /** Reads and writes YAML (resolved configs, overrides). */
  public static YAMLMapper yaml() {
    return YAML;
  }

  /**
   * A YAML factory that types plain scalars by the YAML 1.2 core schema ({@link
   * CoreSchemaYamlFactory}) and whose parser refuses alias bombs, deep nesting and huge documents.
   */
  static YAMLFactory yamlFactory() {
    LoaderOptions loader = new LoaderOptions();
    loader.setMaxAliasesForCollections(20);
    loader.setNestingDepthLimit(40);
    loader.setCodePointLimit(MAX_FILE_BYTES);
    // Duplicates are reported by YamlTreeReader, which can name both lines.
    loader.setAllowDuplicateKeys(true);
    return new CoreSchemaYamlFactory(
        YAMLFactory.builder()
            .loaderOptions(loader)
            // A little above YamlTreeReader.MAX_DEPTH, which reports the deepest value's location.
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxNestingDepth(YamlTreeReader.MAX_DEPTH + 10)
                    .build())
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES));
  }

  private static ObjectMapper configure(ObjectMapper mapper) {
    mapper.setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
    mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    mapper.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
    mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    mapper.enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
    mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
    mapper.disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
    mapper.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
    mapper.enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS);
    mapper
        .coercionConfigFor(LogicalType.Textual)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
    mapper
        .coercionConfigFor(LogicalType.Textual)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
    mapper
        .coercionConfigFor(LogicalType.Textual)
        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    return mapper;
  }
}
