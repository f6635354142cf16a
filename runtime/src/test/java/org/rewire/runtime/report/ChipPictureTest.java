package org.rewire.runtime.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rewire.api.ElementUsage;
import org.rewire.api.MappingReport;
import org.rewire.api.SynapseSet;
import org.rewire.api.Violation;

class ChipPictureTest {
  @TempDir Path dir;

  /** A 1 x 3 chip: the middle element's East in-port carries 9 lines of 4. */
  private static MappingReport report() {
    return new MappingReport(
        "demo",
        6,
        10,
        7,
        48,
        List.of(
            new ElementUsage("A", "core", 0, 0, 8, Map.of("in_E", 2), 4),
            // Sorted: Map.of's order changes from JVM to JVM, and capacities keep the map's order.
            new ElementUsage(
                "B", "core", 0, 1, 36, new java.util.TreeMap<>(Map.of("in_E", 9, "out_W", 1)), 4),
            new ElementUsage("C", "core", 0, 2, 4, Map.of("in_W", 1), 4),
            new ElementUsage("off-grid", "bus", -1, -1, 0, Map.of(), 1)),
        List.of(
            new Violation(
                "B", "in_E", "lines", 9, 4, Violation.LoadUnit.SOURCES, SynapseSet.empty())));
  }

  @Test
  void marksThePortOverCapacityOnItsSide() {
    BufferedImage image = ChipPicture.draw(report(), ChipPicture.Shading.PORT_LOAD);
    // Cells are 64 px, centred; the middle cell spans x in [left + 64, left + 128).
    int left = (image.getWidth() - 3 * 64) / 2;
    int top = 72;
    Color eastEdge = new Color(image.getRGB(left + 128 - 4, top + 32));
    Color westEdge = new Color(image.getRGB(left + 64 + 4, top + 32));
    assertThat(eastEdge).isEqualTo(new Color(190, 0, 0));
    assertThat(westEdge).isNotEqualTo(new Color(190, 0, 0));
    // The busiest port within capacity (A in_E, 2 of 4) is marked orange on A's East side.
    assertThat(new Color(image.getRGB(left + 64 - 4, top + 32))).isEqualTo(new Color(255, 140, 0));
  }

  @Test
  void aChipWithoutGridPositionsStillGetsATitledPicture() {
    MappingReport flat =
        new MappingReport(
            "flat",
            2,
            1,
            1,
            3,
            List.of(new ElementUsage("core 0", "core", -1, -1, 3, Map.of("bus", 1), 2)),
            List.of());
    BufferedImage image = ChipPicture.draw(flat, ChipPicture.Shading.PORT_LOAD);
    assertThat(image.getWidth()).isEqualTo(720);
    // The title is drawn in black on white at the top left.
    boolean ink = false;
    for (int x = 16; x < 200 && !ink; x++) {
      for (int y = 8; y < 26 && !ink; y++) {
        ink = (image.getRGB(x, y) & 0xffffff) != 0xffffff;
      }
    }
    assertThat(ink).isTrue();
  }

  @Test
  void writesAPngAndTheJson() throws IOException {
    Path png = dir.resolve(ChipPicture.NAME);
    ChipPicture.write(png, report(), ChipPicture.Shading.MEMORY);
    assertThat(ImageIO.read(png.toFile()).getHeight()).isGreaterThan(72 + 64);

    Path json = dir.resolve(MappingReportJson.NAME);
    MappingReportJson.write(json, report());
    JsonNode tree = new ObjectMapper().readTree(Files.readString(json));
    assertThat(tree.fieldNames())
        .toIterable()
        .startsWith("target", "neurons", "synapses", "links", "mappable", "total_memory");
    assertThat(tree.get("mappable").asBoolean()).isFalse();
    assertThat(tree.at("/memory_by_kind/core").asLong()).isEqualTo(48);
    assertThat(tree.at("/violations/0/capacity").asText()).isEqualTo("in_E");
    assertThat(tree.at("/violations/0/unit").asText()).isEqualTo("lines");
    assertThat(tree.at("/violations/0/limit").asLong()).isEqualTo(4);
    assertThat(tree.at("/memory_unit").asText()).isEqualTo("devices");
    assertThat(tree.at("/elements/1/capacities/0/used").asLong()).isEqualTo(9);
    assertThat(tree.at("/elements/3/row").asInt()).isEqualTo(-1);
  }
}
