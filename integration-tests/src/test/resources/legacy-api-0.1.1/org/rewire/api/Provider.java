package org.rewire.api;

import java.util.Map;

/**
 * A factory for one kind of component, named by the YAML {@code type:} it answers to.
 *
 * <p>Contract:
 *
 * <ul>
 *   <li>{@link #type()} is stable, lower-case, kebab-case ({@code routing-aware-deepr}) and unique
 *       across everything installed: two providers of the same kind and type fail at start-up.
 *   <li>{@link #configType()} is an immutable record (or class) that Jackson binds the YAML section
 *       to, with snake_case keys. Every field either has a default (applied in the compact
 *       constructor when the value is {@code null}) or is marked {@code @JsonProperty(required =
 *       true)}. The constructor validates ranges and throws {@link InvalidConfigException} naming
 *       the field.
 *   <li>{@link #create} is called once per experiment run, possibly on any thread, and must not
 *       keep global mutable state: two runs may build components concurrently in one JVM.
 *   <li>A provider needs a public no-argument constructor (it is loaded with {@link
 *       java.util.ServiceLoader}).
 * </ul>
 *
 * @param <C> the config record the YAML section binds to
 * @param <T> the component built
 */
public interface Provider<C, T> {

  /** The YAML {@code type:} value this provider answers to; never null, never blank. */
  String type();

  /** The config record the YAML section binds to; never null. */
  Class<C> configType();

  /**
   * Builds the component.
   *
   * @param config the bound and validated section; never null
   * @param context what the runtime knows at build time; never null
   * @return the component; never null
   * @throws InvalidConfigException when the config is valid on its own but not together with the
   *     context (for example more output neurons than the chip has)
   */
  T create(C config, BuildContext context);

  /**
   * The settings this provider worked out while building {@code component} that {@code config} left
   * open: a default taken from the context (the dataset's classes, say), a count read from the
   * data, a relative path resolved against the experiment's folder. The runtime writes them into
   * the run folder's {@code config.yaml}, so that the resolved config builds the same component
   * anywhere, whatever the context: {@code rewire map}, {@code rewire run} on the run folder's
   * config and {@code --resume} then see the network the run saw.
   *
   * <p>Keys are the section's YAML keys (snake_case, {@code a.b} for a nested key); values are what
   * the YAML would hold (numbers, strings, booleans, lists, maps). The runtime binds the section
   * again with them, so a key the config record does not have is a plugin fault. Building from a
   * config that already holds these values must derive the same values again (or none). Default:
   * none.
   *
   * @param config the config {@code component} was built from; never null
   * @param component what {@link #create} returned for it
   * @param context the context it was built in
   * @return key to value, in the order to write them; never null
   */
  default Map<String, Object> derivedSettings(C config, T component, BuildContext context) {
    return Map.of();
  }

  /** One line telling a user what this provider is for, shown by {@code rewire plugins}. */
  default String description() {
    return "";
  }
}
