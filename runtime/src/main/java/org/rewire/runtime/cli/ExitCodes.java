package org.rewire.runtime.cli;

import java.io.UncheckedIOException;
import org.rewire.runtime.UserInputException;
import org.rewire.runtime.assembly.ComponentFailureException;
import org.rewire.runtime.train.NumericalFaultException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Maps failures to exit codes: a user's mistake is one line and code 2 (this includes an output
 * folder that cannot be created: read-only, under a file, an existing run without {@code --force});
 * a plugin's failure is one line naming the plugin and code 1, as is a training stopped by a NaN or
 * infinity; a file that cannot be written during a run (a full disk) is one line naming the file
 * and code 1; running out of memory (an experiment too large for the heap) is one line and code 1;
 * anything else is a bug in Rewire, reported with its stack trace and code 1.
 */
final class ExitCodes implements IExecutionExceptionHandler {
  static final int OK = 0;
  static final int FAILURE = 1;
  static final int USAGE = 2;

  /** The one line for an experiment that does not fit in {@code maxHeap} bytes of heap. */
  static String outOfMemory(long maxHeap) {
    return "out of memory: this run needs more than the "
        + (maxHeap >> 20)
        + " MiB of heap Java may use; make the network (the target's size) or the batch smaller,"
        + " or allow more memory with REWIRE_JAVA_OPTS=-Xmx<size>, for example -Xmx8g";
  }

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
