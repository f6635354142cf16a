package org.rewire.runtime.config;

import java.nio.file.Path;

/**
 * One plugin-owned section read on its own from a YAML file (for example the {@code target:} of an
 * experiment, for {@code rewire estimate}), with what is needed to build it and to place later
 * errors.
 *
 * @param file the file it was read from
 * @param seed the file's {@code seed:}, 0 if absent
 * @param spec the bound section
 * @param source the parsed file
 */
public record PluginSection(Path file, long seed, ComponentSpec spec, LocatedTree source) {
  /** Where {@code field} (dotted, inside the section) is written; the section if it is not. */
  public SourceLocation locate(String field) {
    String section = spec.provider().kind().section();
    String pointer = "/" + section + (field.isEmpty() ? "" : "/" + field.replace('.', '/'));
    return source.keyLocation(pointer);
  }
}
