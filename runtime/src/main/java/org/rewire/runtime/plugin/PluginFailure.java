package org.rewire.runtime.plugin;

/**
 * A plugin that could not be loaded; the others keep working.
 *
 * @param plugin the plugin id, or the archive's file name when its descriptor could not be read
 * @param location the archive or folder
 * @param reason one line saying why
 */
public record PluginFailure(String plugin, String location, String reason) {
  @Override
  public String toString() {
    return "plugin '" + plugin + "' (" + location + ") not loaded: " + reason;
  }
}
