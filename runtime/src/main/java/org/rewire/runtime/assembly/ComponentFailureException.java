package org.rewire.runtime.assembly;

import org.rewire.runtime.plugin.InstalledProvider;

/**
 * A plugin failed while building or running a component: a fault of the plugin, not of the user's
 * input. The message names the plugin so the user knows whom to ask.
 */
public class ComponentFailureException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ComponentFailureException(InstalledProvider provider, String stage, Throwable cause) {
    super(
        provider.kind().section()
            + " '"
            + provider.type()
            + "' from "
            + provider.origin()
            + " failed "
            + stage
            + ": "
            + describe(cause),
        cause);
  }

  private static String describe(Throwable e) {
    String m = e.getMessage();
    return e.getClass().getSimpleName()
        + (m == null ? "" : ": " + m.lines().findFirst().orElse(""));
  }
}
