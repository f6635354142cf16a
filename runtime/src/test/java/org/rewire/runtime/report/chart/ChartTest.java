package org.rewire.runtime.report.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartTest {
  @TempDir Path dir;

  static Panel panel(boolean hollow) {
    return panel(hollow, "middle");
  }

  static Panel panel(boolean hollow, String label) {
    Series s =
        new Series(
            "series",
            0,
            List.of(Mark.at(1, 10), new Mark(5, 50, 40, 60, hollow, label), Mark.at(9, 90)),
            List.of(new Point(1, 10), new Point(9, 90)));
    return new Panel(
        "A panel", Axis.linear("x (units)"), Axis.linear("y (%)"), List.of(s), List.of("a note"));
  }

  static int pixelsOf(BufferedImage image, int rgb, int fromY, int toY) {
    int count = 0;
    for (int y = fromY; y < toY; y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        count += (image.getRGB(x, y) & 0xffffff) == rgb ? 1 : 0;
      }
    }
    return count;
  }

  @Test
  void panelsAreLaidOutInRowsUnderTheTitle() {
    BufferedImage image =
        Chart.draw("Title", List.of(panel(false), panel(false), panel(true)), 2, 400, 300);
    assertThat(image.getWidth()).isEqualTo(800);
    assertThat(image.getHeight()).isEqualTo(36 + 2 * 300);
    BufferedImage untitled = Chart.draw(null, List.of(panel(false)), 3, 400, 300);
    assertThat(untitled.getWidth()).isEqualTo(400);
    assertThat(untitled.getHeight()).isEqualTo(300);
  }

  @Test
  void aHollowMarkerLeavesItsInsideWhite() {
    int blue = Palette.color(0).getRGB() & 0xffffff;
    BufferedImage filled = Chart.draw(null, List.of(panel(false)), 1, 500, 400);
    BufferedImage hollow = Chart.draw(null, List.of(panel(true)), 1, 500, 400);
    int plotBottom = 400 - 100; // above the axis labels and legend
    assertThat(pixelsOf(hollow, blue, 0, plotBottom))
        .isLessThan(pixelsOf(filled, blue, 0, plotBottom));
    // The legend shows the series' colour below the plot.
    assertThat(pixelsOf(filled, blue, plotBottom + 40, 400)).isPositive();
  }

  @Test
  void theSamePanelsGiveTheSamePngBytes() throws Exception {
    Path a = dir.resolve("a.png");
    Path b = dir.resolve("b.png");
    Chart.writePng(a, Chart.draw("T", List.of(panel(true)), 1, 500, 400));
    Chart.writePng(b, Chart.draw("T", List.of(panel(true)), 1, 500, 400));
    assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
    assertThat(ImageIO.read(a.toFile()).getWidth()).isEqualTo(500);
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("a.png", "b.png");
    }
  }

  @Test
  void aPanelWithoutDrawableDataStillDraws() {
    Panel empty =
        new Panel(
            "Empty",
            Axis.log("memory"),
            Axis.linear("y"),
            List.of(new Series("zero", 1, List.of(Mark.at(0, 1)), List.of())),
            List.of());
    BufferedImage image = Chart.draw(null, List.of(empty), 1, 400, 300);
    // "no data" is written in the middle of the plot.
    assertThat(pixelsOf(image, 0x464646, 100, 200)).isPositive();
  }

  static int inked(BufferedImage image) {
    int count = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        count += (image.getRGB(x, y) & 0xffffff) != 0xffffff ? 1 : 0;
      }
    }
    return count;
  }

  @Test
  void aLabelIsWrittenWhereItFitsAndLeftOutWhereItWouldNot() {
    BufferedImage none = Chart.draw(null, List.of(panel(false, null)), 1, 500, 400);
    BufferedImage labelled = Chart.draw(null, List.of(panel(false, "p=1")), 1, 500, 400);
    assertThat(inked(labelled)).isGreaterThan(inked(none));
    String tooLong = "a label far wider than the whole plot ".repeat(4);
    BufferedImage crowded = Chart.draw(null, List.of(panel(false, tooLong)), 1, 500, 400);
    assertThat(inked(crowded)).isEqualTo(inked(none));
  }
}
