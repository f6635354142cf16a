package org.rewire.it.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import org.rewire.it.Cli;

/** What every refused input must look like on the command line. */
final class OneLineError {
  private OneLineError() {}

  /**
   * Asserts exit code 2, nothing on stdout, and on stderr exactly one line that starts with {@code
   * "rewire: " + expected}: no stack trace, no second line of explanation.
   */
  static void assertRefused(Cli.Result r, String expected) {
    assertThat(r.code()).as("exit code; stderr: %s", r.err()).isEqualTo(2);
    assertThat(r.err()).as("stderr ends its one line").endsWith("\n");
    assertThat(r.err().lines()).as("stderr lines").hasSize(1);
    assertThat(r.err()).startsWith("rewire: " + expected).doesNotContain("\tat ");
    assertThat(r.out()).as("stdout").isEmpty();
  }
}
