package org.rewire.runtime.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import picocli.CommandLine;

/** Entry point of the {@code rewire} command. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    System.exit(execute(args, out, err, System.getenv()));
  }

  /**
   * Runs one command line and returns its exit code; never calls {@code System.exit}, so tests and
   * embedders can use it.
   */
  public static int execute(
      String[] args, PrintWriter out, PrintWriter err, Map<String, String> env) {
    CommandLine cli = new CommandLine(new RewireCommand(new Session(env, out, err)));
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler(new ExitCodes());
    cli.setParameterExceptionHandler(new UsageErrors());
    cli.setUsageHelpAutoWidth(true);
    // "--plugins plugins" names the usual folder; without this picocli reads it as the command.
    cli.setAllowSubcommandsAsOptionParameters(true);
    try {
      return cli.execute(args);
    } catch (OutOfMemoryError e) {
      // What filled the heap is unreachable once the stack has unwound: one line can be printed.
      err.println("rewire: " + ExitCodes.outOfMemory(Runtime.getRuntime().maxMemory()));
      return ExitCodes.FAILURE;
    } finally {
      out.flush();
      err.flush();
    }
  }
}
