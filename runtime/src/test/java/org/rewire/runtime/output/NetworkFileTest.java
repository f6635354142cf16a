package org.rewire.runtime.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rewire.api.Connectivity;
import org.rewire.runtime.UserInputException;

class NetworkFileTest {
  @TempDir Path dir;

  @Test
  void roundTripsANetwork() throws IOException {
    Connectivity network =
        new Connectivity.Builder(5).add(0, 4).add(0, 1).add(3, 3).add(4, 0).build();
    Path file = dir.resolve(NetworkFile.NAME);
    NetworkFile.write(file, network);
    assertThat(Files.readString(file))
        .isEqualTo("{\"neurons\":5,\"row_start\":[0,2,2,2,3,4],\"targets\":[1,4,3,0]}");
    assertThat(NetworkFile.read(file)).isEqualTo(network);
  }

  @Test
  void roundTripsAnEmptyNetwork() throws IOException {
    Path file = dir.resolve(NetworkFile.NAME);
    NetworkFile.write(file, new Connectivity.Builder(0).build());
    assertThat(NetworkFile.read(file).neurons()).isZero();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"neurons\":2,\"row_start\":[0,0,0]}|missing key 'targets'",
        "{\"neurons\":2,\"row_start\":[0,0,0],\"targets\":[],\"extra\":1}|extra: unknown key",
        "{\"neurons\":2.5,\"row_start\":[0,0,0],\"targets\":[]}|neurons: expected an integer",
        "{\"neurons\":2,\"neurons\":2,\"row_start\":[0,0,0],\"targets\":[]}|neurons: given twice",
        "{\"neurons\":-1,\"row_start\":[0],\"targets\":[]}|neurons: must be >= 0",
        "{\"neurons\":2,\"row_start\":[0,1,1],\"targets\":[5]}|not a valid network: row 0",
        "{\"neurons\":2,\"row_start\":[0,1],\"targets\":[1]}|not a valid network: rowStart",
        "{\"neurons\":2,\"row_start\":\"x\",\"targets\":[]}|row_start: expected an array",
        "{\"neurons\":1,\"row_start\":[0,0],\"targets\":[]} []|unexpected content",
        "[1,2]|expected a JSON object",
        "{\"neurons\":|not valid JSON"
      })
  void refusesMalformedFilesNamingTheProblem(String text, String message) throws IOException {
    Path file = dir.resolve(NetworkFile.NAME);
    Files.writeString(file, text);
    assertThatThrownBy(() -> NetworkFile.read(file))
        .isInstanceOf(UserInputException.class)
        .hasMessageStartingWith(file.toString())
        .hasMessageContaining(message);
  }

  @Test
  void aMissingFileIsTheUsersMistake() {
    assertThatThrownBy(() -> NetworkFile.read(dir.resolve("none.json")))
        .isInstanceOf(UserInputException.class)
        .hasMessageEndingWith("none.json: no such file");
  }
}
