package org.rewire.it;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.rewire.runtime.cli.Main;

/** Runs the {@code rewire} command line in-process. */
public final class Cli {
  private Cli() {}

  /** What one command line did: its exit code and everything it printed. */
  public record Result(int code, String out, String err) {}

  /** Runs {@code rewire args} with {@code cache} as its cache folder. */
  public static Result rewire(Path cache, String... args) {
    return rewire(Map.of("REWIRE_CACHE", cache.toString()), args);
  }

  /**
   * Runs {@code rewire args} with {@code env} as its environment (the variables it reads, such as
   * {@code REWIRE_CACHE}, and those Slurm's commands read, such as {@code PATH} and {@code
   * SLURM_CONF}).
   */
  public static Result rewire(Map<String, String> env, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true), env);
    return new Result(code, out.toString(), err.toString());
  }
}
