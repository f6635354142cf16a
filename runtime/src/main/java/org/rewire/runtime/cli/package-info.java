/**
 * The {@code rewire} command line (picocli). Exit codes: 0 success, 2 a user's input error (one
 * line on standard error, no stack trace), 1 an internal or plugin failure.
 */
package org.rewire.runtime.cli;
