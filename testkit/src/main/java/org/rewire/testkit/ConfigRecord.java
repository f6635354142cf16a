package org.rewire.testkit;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.rewire.api.InvalidConfigException;
import org.rewire.api.Provider;

/**
 * A provider's config record as the runtime's YAML binding sees it (the contract of {@link
 * Provider#configType()}): one YAML key per record component, the component's name in snake_case
 * ({@code tileSize} is {@code tile_size}) unless {@code @JsonProperty("...")} names it; a section
 * binds through the canonical constructor, which gets {@code null} for every key the section leaves
 * out (0 or {@code false} for a primitive). This class does the same by reflection, without a
 * mapper, so a plugin can check its config against the contract with the kit alone.
 *
 * <p>What it cannot see: how Jackson writes and reads a component's value (an enum's names, a value
 * type's {@code @JsonValue}). {@code rewire validate} on a YAML that uses the plugin checks that,
 * through the runtime's own mapper.
 *
 * @param <C> the config record
 */
public final class ConfigRecord<C> {
  private static final Pattern SNAKE_CASE = Pattern.compile("[a-z][a-z0-9]*(_[a-z0-9]+)*");

  private final Class<C> type;
  private final RecordComponent[] components;
  private final String[] keys;
  private final boolean[] required;
  private final Constructor<C> canonical;

  private ConfigRecord(Class<C> type) {
    this.type = type;
    this.components = type.getRecordComponents();
    this.keys = new String[components.length];
    this.required = new boolean[components.length];
    Class<?>[] parameterTypes = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      parameterTypes[i] = components[i].getType();
    }
    try {
      this.canonical = type.getDeclaredConstructor(parameterTypes);
      canonical.setAccessible(true);
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(type.getName() + " has no canonical constructor", e);
    }
    for (int i = 0; i < components.length; i++) {
      JsonProperty property = property(i);
      keys[i] =
          property != null && !property.value().isEmpty()
              ? property.value()
              : snakeCase(components[i].getName());
      required[i] = property != null && property.required();
    }
  }

  /** A component's {@code @JsonProperty}, on its accessor or its constructor parameter. */
  private JsonProperty property(int component) {
    JsonProperty onAccessor = components[component].getAccessor().getAnnotation(JsonProperty.class);
    return onAccessor != null
        ? onAccessor
        : canonical.getParameters()[component].getAnnotation(JsonProperty.class);
  }

  /**
   * The binding view of {@code type}.
   *
   * @throws IllegalArgumentException if {@code type} is not a record
   */
  public static <C> ConfigRecord<C> of(Class<C> type) {
    if (!type.isRecord()) {
      throw new IllegalArgumentException(type.getName() + " is not a record");
    }
    return new ConfigRecord<>(type);
  }

  /**
   * The YAML key Jackson's snake_case naming gives a Java name: an underscore before each
   * upper-case letter that follows a lower-case one, everything lower case ({@code wThr} is {@code
   * w_thr}, {@code maxISI} is {@code max_isi}).
   */
  public static String snakeCase(String javaName) {
    StringBuilder out = new StringBuilder(javaName.length() + 4);
    boolean previousUpper = false;
    for (int i = javaName.startsWith("_") ? 1 : 0; i < javaName.length(); i++) {
      char c = javaName.charAt(i);
      boolean upper = Character.isUpperCase(c);
      if (upper && !previousUpper && out.length() > 0 && out.charAt(out.length() - 1) != '_') {
        out.append('_');
      }
      out.append(Character.toLowerCase(c));
      previousUpper = upper;
    }
    return out.toString();
  }

  /** The record type. */
  public Class<C> type() {
    return type;
  }

  /** The YAML keys, in component order. */
  public List<String> keys() {
    return List.of(keys);
  }

  /**
   * The Java type of {@code key}'s value.
   *
   * @throws IllegalArgumentException if {@code key} is not one of {@link #keys()}
   */
  public Class<?> keyType(String key) {
    int i = Arrays.asList(keys).indexOf(key);
    if (i < 0) {
      throw new IllegalArgumentException("no key " + key + " in " + type.getSimpleName());
    }
    return components[i].getType();
  }

  /** The keys marked {@code @JsonProperty(required = true)}, in component order. */
  public List<String> requiredKeys() {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < keys.length; i++) {
      if (required[i]) {
        out.add(keys[i]);
      }
    }
    return out;
  }

  /** Each key's value in {@code config}, in component order (values may be null). */
  public Map<String, Object> values(C config) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (int i = 0; i < components.length; i++) {
      try {
        out.put(keys[i], components[i].getAccessor().invoke(config));
      } catch (IllegalAccessException e) {
        throw new IllegalStateException("cannot read " + keys[i] + " of " + type.getName(), e);
      } catch (InvocationTargetException e) {
        throw rethrow(e);
      }
    }
    return out;
  }

  /**
   * Binds a section that holds exactly {@code values}: the canonical constructor with {@code null}
   * (a primitive's zero) for every key not in the map, as the runtime's binding calls it.
   *
   * @throws IllegalArgumentException if a key is not one of {@link #keys()}
   * @throws InvalidConfigException or any other exception the constructor throws, unwrapped
   */
  public C bind(Map<String, ?> values) {
    List<String> unknown = new ArrayList<>(values.keySet());
    unknown.removeAll(Arrays.asList(keys));
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException(
          "unknown keys " + unknown + " for " + type.getSimpleName() + "; keys are " + keys());
    }
    Object[] arguments = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      Object value = values.get(keys[i]);
      arguments[i] = value == null ? absent(components[i].getType()) : value;
    }
    try {
      return canonical.newInstance(arguments);
    } catch (InstantiationException | IllegalAccessException e) {
      throw new IllegalStateException("cannot construct " + type.getName(), e);
    } catch (InvocationTargetException e) {
      throw rethrow(e);
    }
  }

  /**
   * The config of a section that gives only {@code config}'s required keys: every other key at its
   * default. For a record without required keys, the config of an empty section ({@code type:}
   * alone).
   */
  public C defaults(C config) {
    Map<String, Object> given = new LinkedHashMap<>(values(config));
    given.keySet().retainAll(requiredKeys());
    return bind(given);
  }

  /**
   * What breaks the binding contract in this record's shape and in nested records', one message per
   * key ({@code capacity.nt: ...}): a key that is not snake_case, and an optional key of a
   * primitive type (a section that leaves it out binds 0, not a default). Empty when the shape is
   * right.
   */
  public List<String> shapeProblems() {
    List<String> problems = new ArrayList<>();
    collectShapeProblems("", problems, new HashSet<>());
    return problems;
  }

  private void collectShapeProblems(String prefix, List<String> problems, Set<Class<?>> seen) {
    seen.add(type);
    for (int i = 0; i < components.length; i++) {
      String key = prefix + keys[i];
      Class<?> componentType = components[i].getType();
      if (!SNAKE_CASE.matcher(keys[i]).matches()) {
        problems.add(key + ": not a snake_case key (lower-case words joined by '_')");
      }
      if (componentType.isPrimitive() && !required[i]) {
        problems.add(
            key
                + ": a primitive "
                + componentType
                + " binds 0 when the key is left out; use its boxed type and set the default"
                + " in the compact constructor, or mark it @JsonProperty(required = true)");
      }
      if (componentType.isRecord() && !seen.contains(componentType)) {
        new ConfigRecord<>(componentType).collectShapeProblems(key + ".", problems, seen);
      }
    }
  }

  private static Object absent(Class<?> type) {
    if (!type.isPrimitive()) {
      return null;
    }
    if (type == boolean.class) {
      return false;
    }
    if (type == char.class) {
      return '\0';
    }
    return switch (type.getName()) {
      case "byte" -> (byte) 0;
      case "short" -> (short) 0;
      case "int" -> 0;
      case "long" -> 0L;
      case "float" -> 0f;
      default -> 0d;
    };
  }

  private static RuntimeException rethrow(InvocationTargetException e) {
    Throwable cause = e.getCause();
    if (cause instanceof RuntimeException runtime) {
      return runtime;
    }
    if (cause instanceof Error error) {
      throw error;
    }
    return new IllegalStateException(cause);
  }
}
