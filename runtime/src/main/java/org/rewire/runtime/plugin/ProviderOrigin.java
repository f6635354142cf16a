package org.rewire.runtime.plugin;

/**
 * Where a provider came from.
 *
 * @param plugin the PF4J plugin id, or {@code built-in} for the class path
 * @param version the plugin's version (the Rewire version for built-ins)
 * @param location the jar, zip or folder it was loaded from
 */
public record ProviderOrigin(String plugin, String version, String location) {
  /** Short form for messages: {@code plugin 'x' 1.0 (path)}. */
  @Override
  public String toString() {
    return "plugin '" + plugin + "' " + version + " (" + location + ")";
  }
}
