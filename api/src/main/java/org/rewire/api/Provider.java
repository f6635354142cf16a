package org.rewire.api;

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

  /** One line telling a user what this provider is for, shown by {@code rewire plugins}. */
  default String description() {
    return "";
  }
}
