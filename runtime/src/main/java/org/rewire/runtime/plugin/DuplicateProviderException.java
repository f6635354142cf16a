package org.rewire.runtime.plugin;

import org.rewire.runtime.UserInputException;

/** Two installed providers of the same kind answer to the same type. */
public class DuplicateProviderException extends UserInputException {
  private static final long serialVersionUID = 1L;

  public DuplicateProviderException(InstalledProvider first, InstalledProvider second) {
    super(
        "two "
            + first.kind().section()
            + " providers answer to type '"
            + first.type()
            + "': "
            + first.origin()
            + " and "
            + second.origin()
            + "; remove one of them");
  }
}
