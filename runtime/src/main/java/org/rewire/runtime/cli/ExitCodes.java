package org.rewire.runtime.cli;

import org.rewire.runtime.UserInputException;
import org.rewire.runtime.run.ComponentFailureException;
import org.rewire.runtime.train.NumericalFaultException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Maps failures to exit codes: a user's mistake is one line and code 2; a plugin's failure is one
 * line naming the plugin and code 1, as is a training stopped by a NaN or infinity; anything else
 * is a bug in Rewire, reported with its stack trace and code 1.
 */
final class ExitCodes implements IExecutionExceptionHandler {
  static final int OK = 0;
  static final int FAILURE = 1;
  static final int USAGE = 2;

  @Override
  public int handleExecutionException(Exception e, CommandLine cli, ParseResult parsed) {
    if (e instanceof UserInputException) {
      cli.getErr().println("rewire: " + e.getMessage());
      return USAGE;
    }
    if (e instanceof ComponentFailureException || e instanceof NumericalFaultException) {
      cli.getErr().println("rewire: " + e.getMessage());
      return FAILURE;
    }
    cli.getErr().println("rewire: internal error, please report it: " + e);
    e.printStackTrace(cli.getErr());
    return FAILURE;
  }
}
