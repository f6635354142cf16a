package org.rewire.runtime.config;

import org.rewire.runtime.UserInputException;

/** A mistake in an experiment file, reported as {@code file:line:col path: message}. */
public class ExperimentFileException extends UserInputException {
  private static final long serialVersionUID = 1L;

  private final transient SourceLocation location;
  private final String path;
  private final String problem;

  /**
   * @param location where; never null
   * @param path the dotted YAML path ({@code target.rows}), or empty for the whole file
   * @param problem what is expected, one line
   */
  public ExperimentFileException(SourceLocation location, String path, String problem) {
    super(location + (path.isEmpty() ? "" : " " + path) + ": " + problem);
    this.location = location;
    this.path = path;
    this.problem = problem;
  }

  /** Where the problem is. */
  public SourceLocation location() {
    return location;
  }

  /** The dotted YAML path of the offending value. */
  public String path() {
    return path;
  }

  /** What is wrong and what is expected. */
  public String problem() {
    return problem;
  }
}
