package org.rewire.runtime.cli;

import java.io.UncheckedIOException;
import org.rewire.runtime.UserInputException;
import org.rewire.runtime.run.ComponentFailureException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Maps failures to exit codes: a user's mistake is one line and code 2 (this includes an output
 * folder that cannot be created: read-only, under a file, an existing run without {@code --force});
 * a plugin's failure is one line naming the plugin and code 1; a file that cannot be written during
 * a run (a full disk) is one line naming the file and code 1; anything else is a bug in Rewire,
 * reported with its stack trace and code 1.
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
    if (e instanceof ComponentFailureException) {
      cli.getErr().println("rewire: " + e.getMessage());
      return FAILURE;
    }
    if (e instanceof UncheckedIOException io) {
      // AtomicFiles names the file and the reason; the trace would add nothing for the user.
      String message = io.getCause().getMessage();
      cli.getErr()
          .println(
              "rewire: "
                  + (message == null ? io.getCause() : message.lines().findFirst().orElse("")));
      return FAILURE;
    }
    cli.getErr().println("rewire: internal error, please report it: " + e);
    e.printStackTrace(cli.getErr());
    return FAILURE;
  }
}
