package org.rewire.runtime.cli;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A mistake on the command line (an unknown command or option, a missing parameter, a value of the
 * wrong type) as one line and exit code 2, like every other input error: {@code rewire: run:
 * Unknown option: '--epochs' (did you mean --resume?); see 'rewire run --help'}. Picocli's default
 * prints the whole usage text instead, which buries the one line that matters. Picocli's own
 * messages are kept for the other mistakes ({@code Missing required parameter: 'FILE'}, {@code
 * Invalid value for option '--batches': 'abc' is not an int}).
 */
final class UsageErrors implements IParameterExceptionHandler {
  @Override
  public int handleParseException(ParameterException e, String[] args) {
    CommandLine cli = e.getCommandLine();
    cli.getErr().println("rewire: " + line(e));
    return ExitCodes.USAGE;
  }

  /** The error line after {@code rewire: }. */
  static String line(ParameterException e) {
    CommandLine cli = e.getCommandLine();
    String path = cli.getCommandSpec().qualifiedName();
    String help = "see '" + path + " --help'";
    if (e instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
      List<String> suggestions = unmatched.getSuggestions();
      String word = unmatched.getUnmatched().get(0);
      if (word.startsWith("-")) {
        String hint = suggestions.isEmpty() ? "" : " (did you mean " + suggestions.get(0) + "?)";
        return command(cli) + "unknown option '" + word + "'" + hint + "; " + help;
      }
      if (!cli.getSubcommands().isEmpty()) {
        String hint = suggestions.isEmpty() ? "" : " (did you mean '" + suggestions.get(0) + "'?)";
        return command(cli) + "unknown command '" + word + "'" + hint + "; " + help;
      }
      return command(cli) + "unexpected argument '" + word + "'; " + help;
    }
    return command(cli) + firstLine(e.getMessage()) + "; " + help;
  }

  private static String command(CommandLine cli) {
    String path = cli.getCommandSpec().qualifiedName();
    return cli.getParent() == null ? "" : path.substring(path.indexOf(' ') + 1) + ": ";
  }

  private static String firstLine(String message) {
    return message == null ? "invalid command line" : message.lines().findFirst().orElse("");
  }
}
