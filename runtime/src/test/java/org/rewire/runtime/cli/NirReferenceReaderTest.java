package org.rewire.runtime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exported files load with NIR's reference reader, type checking on ({@code tools/nir-check.py},
 * which calls {@code nir.read(file, type_check=True)}). Runs when {@code NIR_SRC} names a checkout
 * of github.com/neuromorphs/NIR (the folder holding {@code nir/}) and {@code python3} has numpy and
 * h5py (Debian: {@code apt-get install python3-numpy python3-h5py}); skips, saying which is
 * missing, otherwise. CI has no NIR (no PyPI access is assumed, Debian has no python3-nir), so
 * there {@link NirExportStructureTest} checks the layout.
 */
class NirReferenceReaderTest {
  static final Path SCRIPT = Path.of("..", "tools", "nir-check.py");

  @TempDir Path dir;

  static String python;
  static Path nirSource;

  /** Skips each test, saying why, where the reader cannot run (per test, so reports count them). */
  @BeforeEach
  void findTheReader() throws Exception {
    String src = System.getenv("NIR_SRC");
    Assumptions.assumeTrue(
        src != null && !src.isBlank(),
        "NIR_SRC is not set: point it at a checkout of github.com/neuromorphs/NIR to run NIR's"
            + " reference reader on exported files");
    nirSource = Path.of(src);
    Assumptions.assumeTrue(
        Files.isRegularFile(nirSource.resolve("nir/__init__.py")),
        "NIR_SRC=" + src + " holds no nir/__init__.py");
    for (String candidate : List.of("/usr/bin/python3", "python3")) {
      if (run(List.of(candidate, "-c", "import numpy, h5py")).exit == 0) {
        python = candidate;
        break;
      }
    }
    Assumptions.assumeTrue(
        python != null, "no python3 with numpy and h5py (apt-get install python3-h5py)");
  }

  record Result(int exit, String out) {}

  static Result run(List<String> command) throws IOException, InterruptedException {
    ProcessBuilder b = new ProcessBuilder(command).redirectErrorStream(true);
    if (nirSource != null) {
      b.environment().put("NIR_SRC", nirSource.toString());
    }
    Process p;
    try {
      p = b.start();
    } catch (IOException e) {
      return new Result(127, e.getMessage());
    }
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Result(p.exitValue(), out);
  }

  Result check(Path file, String... expect) throws Exception {
    List<String> command = new ArrayList<>(List.of(python, SCRIPT.toString(), file.toString()));
    for (String e : expect) {
      command.add("--expect");
      command.add(e);
    }
    return run(command);
  }

  @Test
  void exportedLifAndCubaLifNetworksLoadWithTypeChecking() throws Exception {
    for (String model : List.of("lif", "cuba-lif")) {
      Path sub = Files.createDirectories(dir.resolve(model));
      Path run = TinyTrainedRun.train(sub, "neuron: " + model);
      Path file = TinyTrainedRun.export(sub, run, sub.resolve("net.nir"));
      Result r = check(file, "lif=" + (model.equals("lif") ? "LIF" : "CubaLIF"), "w_rec=Linear");
      assertThat(r.exit).as(r.out).isZero();
      assertThat(r.out)
          .contains("version 1.0.7")
          .contains("node input: Input [2] -> [2]")
          .contains("node w_in: Linear [2] -> [16]")
          .contains("node w_rec: Linear [16] -> [16]")
          .contains("node readout: Linear [16] -> [2]")
          .contains("edge w_rec -> lif");
    }
  }

  @Test
  void theScriptReportsAFileTheReaderRefuses() throws Exception {
    Path broken = dir.resolve("broken.nir");
    Files.writeString(broken, "not hdf5");
    Result r = check(broken);
    assertThat(r.exit).isEqualTo(1);
    assertThat(r.out).startsWith("nir-check: " + broken + ": ");
  }
}
