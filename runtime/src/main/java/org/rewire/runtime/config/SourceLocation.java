package org.rewire.runtime.config;

/**
 * Where a value came from: a line and column of a file (1-based), or a command-line override.
 *
 * @param source the file as the user named it, or {@code --set key=value}
 * @param line 1-based line, or 0 when not from a file
 * @param column 1-based column, or 0 when not from a file
 */
public record SourceLocation(String source, int line, int column) {
  /** {@code file:line:col}, or the override text. */
  @Override
  public String toString() {
    return line > 0 ? source + ":" + line + ":" + column : source;
  }
}
