package org.rewire.runtime.cli;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A mistake on the command line (an unknown command or option, a missing parameter, a value of the
 * wrong type) as one line and exit code 2, like every other input error: {@code rewire: run:
 * unknown option '--epochs'; see 'rewire run --help'}. Picocli's default prints the whole usage
 * text instead, which buries the one line that matters. Picocli's own messages are kept for the
 * other mistakes, in the house's style ({@code missing required parameter: 'FILE'}, {@code invalid
 * value for option '--batches': 'abc' is not an int}).
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

  /** Picocli's message in the house's style: one line, lower-case start, no closing period. */
  private static String firstLine(String message) {
    String line = message == null ? "" : message.lines().findFirst().orElse("").strip();
    if (line.isEmpty()) {
      return "invalid command line";
    }
    if (line.endsWith(".")) {
      line = line.substring(0, line.length() - 1);
    }
    return Character.toLowerCase(line.charAt(0)) + line.substring(1);
  }
}
