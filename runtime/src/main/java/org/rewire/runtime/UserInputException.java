package org.rewire.runtime;

/**
 * A mistake in what the user gave Rewire: a file, an option, an installation. The command line
 * prints its message alone, as one line, and exits with code 2; never a stack trace.
 */
public class UserInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public UserInputException(String message) {
    super(message);
  }

  public UserInputException(String message, Throwable cause) {
    super(message, cause);
  }
}
