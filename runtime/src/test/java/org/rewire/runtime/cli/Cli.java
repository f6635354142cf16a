package org.rewire.runtime.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;

/** Runs the command line in-process and captures what it printed. */
record Cli(int exit, String out, String err) {
  static Cli run(Path cache, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit =
        Main.execute(
            args,
            new PrintWriter(out, true),
            new PrintWriter(err, true),
            Map.of("REWIRE_CACHE", cache.toString()));
    return new Cli(exit, out.toString(), err.toString());
  }
}
