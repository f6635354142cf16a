package org.rewire.runtime.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.io.IOException;
import java.util.Collection;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.rewire.api.InvalidConfigException;

/**
 * Binds one part of a {@link LocatedTree} to a config record with the {@link StrictMapper}, turning
 * every Jackson or validation failure into an {@link ExperimentFileException} at the offending key.
 */
final class SectionBinder {
  private static final Pattern MISSING =
      Pattern.compile("Missing required creator property '([^']+)'");

  private final LocatedTree tree;

  SectionBinder(LocatedTree tree) {
    this.tree = tree;
  }

  /**
   * Binds {@code node}, found at {@code pointer}, to {@code type}.
   *
   * @param node the value to bind; a missing or null section binds as an empty mapping
   */
  <C> C bind(String pointer, JsonNode node, Class<C> type) {
    JsonNode value =
        node == null || node.isMissingNode() || node.isNull()
            ? StrictMapper.binder().createObjectNode()
            : node;
    try {
      return StrictMapper.binder()
          .readerFor(type)
          .readValue(StrictMapper.binder().treeAsTokens(value));
    } catch (InvalidConfigException e) {
      throw at(pointer + "/" + e.field().replace('.', '/'), e.getMessage(), false);
    } catch (JsonMappingException e) {
      throw translate(pointer, e);
    } catch (JsonProcessingException e) {
      throw at(pointer, firstLine(e.getOriginalMessage()), false);
    } catch (IOException e) {
      throw new IllegalStateException("reading a tree cannot fail with I/O", e);
    }
  }

  private ExperimentFileException translate(String section, JsonMappingException e) {
    String pointer = section + pointerOf(e);
    if (e instanceof UnrecognizedPropertyException u) {
      return at(
          pointer,
          "unknown key '"
              + u.getPropertyName()
              + "'; expected one of: "
              + names(u.getKnownPropertyIds()),
          true);
    }
    if (e instanceof ValueInstantiationException && e.getCause() != null) {
      Throwable cause = e.getCause();
      if (cause instanceof InvalidConfigException ice) {
        String field = ice.field().isEmpty() ? "" : "/" + ice.field().replace('.', '/');
        return at(pointer + field, ice.getMessage(), false);
      }
      return at(pointer, firstLine(cause.getMessage()), false);
    }
    if (e instanceof InvalidNullException) {
      return at(
          pointer,
          "must not be null; expected " + Describe.type(((InvalidNullException) e).getTargetType()),
          false);
    }
    if (e instanceof MismatchedInputException m) {
      Matcher missing = MISSING.matcher(String.valueOf(m.getOriginalMessage()));
      if (missing.find()) {
        String parent =
            pointer.endsWith("/" + missing.group(1)) ? LocatedTree.parent(pointer) : pointer;
        return at(parent, "missing required key '" + missing.group(1) + "'", false);
      }
      JsonNode actual = tree.at(pointer);
      if (m.getTargetType() == null || actual.isMissingNode()) {
        return at(pointer, firstLine(m.getOriginalMessage()), false);
      }
      String range = Describe.outOfRange(m.getTargetType(), actual);
      if (range != null) {
        return at(pointer, range, false);
      }
      return at(
          pointer,
          "expected " + Describe.type(m.getTargetType()) + ", got " + Describe.node(actual),
          false);
    }
    for (Throwable c = e; c != null; c = c.getCause()) {
      if (c instanceof InputCoercionException coercion) {
        String range = Describe.outOfRange(coercion.getTargetType(), tree.at(pointer));
        if (range != null) {
          return at(pointer, range, false);
        }
      }
    }
    return at(pointer, firstLine(e.getOriginalMessage()), false);
  }

  private ExperimentFileException at(String pointer, String problem, boolean atKey) {
    SourceLocation where = atKey ? tree.keyLocation(pointer) : tree.valueLocation(pointer);
    return new ExperimentFileException(where, YamlPaths.dotted(pointer), problem);
  }

  private static String pointerOf(JsonMappingException e) {
    StringBuilder pointer = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        pointer.append('/').append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        pointer.append('/').append(ref.getIndex());
      }
    }
    return pointer.toString();
  }

  private static String names(Collection<Object> ids) {
    return ids == null || ids.isEmpty()
        ? "(none)"
        : new TreeSet<>(ids.stream().map(String::valueOf).toList())
            .stream().collect(Collectors.joining(", "));
  }

  private static String firstLine(String message) {
    return message == null ? "invalid value" : message.lines().findFirst().orElse("").strip();
  }
}
