package org.rewire.runtime.report.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

  static int pixelsOf(BufferedImage image, int rgb) {
    int count = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        count += (image.getRGB(x, y) & 0xffffff) == rgb ? 1 : 0;
      }
    }
    return count;
  }

  static int inked(BufferedImage image) {
    return image.getWidth() * image.getHeight() - pixelsOf(image, 0xffffff);
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
    assertThatThrownBy(() -> Chart.draw(null, List.of(), 1, 400, 300))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aHollowMarkerIsAnOutlineInTheSeriesColour() {
    int blue = Palette.color(0).getRGB() & 0xffffff;
    BufferedImage filled = Chart.draw(null, List.of(panel(false)), 1, 500, 400);
    BufferedImage hollow = Chart.draw(null, List.of(panel(true)), 1, 500, 400);
    // One marker of 10 pixels across loses its inside and keeps its outline.
    assertThat(pixelsOf(filled, blue) - pixelsOf(hollow, blue)).isGreaterThan(10);
    Series allHollow =
        new Series("h", 0, List.of(new Mark(5, 50, Double.NaN, Double.NaN, true, null)), List.of());
    Panel onlyHollow =
        new Panel("H", Axis.linear("x"), Axis.linear("y"), List.of(allHollow), List.of());
    assertThat(pixelsOf(Chart.draw(null, List.of(onlyHollow), 1, 500, 400), blue)).isPositive();
  }

  @Test
  void aHollowMarkerIsWhiteInsideAndAFilledOneIsNot() {
    int blue = Palette.color(0).getRGB() & 0xffffff;
    for (boolean hollow : new boolean[] {false, true}) {
      BufferedImage image = new BufferedImage(30, 30, BufferedImage.TYPE_INT_RGB);
      var g = image.createGraphics();
      g.setColor(Palette.color(0));
      Palette.marker(0, hollow, 8).paint(g, 15, 15, 10);
      g.dispose();
      assertThat(image.getRGB(15, 15) & 0xffffff).isEqualTo(hollow ? 0xffffff : blue);
      assertThat(image.getRGB(7, 15) & 0xffffff).isEqualTo(hollow ? blue : 0xffffff); // the rim
    }
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
  void aPanelWithoutDrawableDataSaysSo() {
    Panel empty =
        new Panel(
            "Empty",
            Axis.log("memory"),
            Axis.linear("y"),
            List.of(new Series("zero", 1, List.of(Mark.at(0, 1)), List.of())),
            List.of());
    BufferedImage image = Chart.draw(null, List.of(empty), 1, 400, 300);
    // "no data" is written in the note colour; the series' colour appears nowhere.
    assertThat(pixelsOf(image, PanelChart.NOTE.getRGB() & 0xffffff)).isPositive();
    assertThat(pixelsOf(image, Palette.color(1).getRGB() & 0xffffff)).isZero();
  }

  @Test
  void aLabelIsWrittenWhereItFitsAndLeftOutWhereItWouldNot() {
    BufferedImage none = Chart.draw(null, List.of(panel(false, null)), 1, 500, 400);
    BufferedImage labelled = Chart.draw(null, List.of(panel(false, "p=1")), 1, 500, 400);
    assertThat(inked(labelled)).isGreaterThan(inked(none));
    // Written in the series' colour, darkened.
    int text = Palette.color(0).darker().getRGB() & 0xffffff;
    assertThat(pixelsOf(labelled, text)).isPositive();
    assertThat(pixelsOf(none, text)).isZero();
    String tooLong = "a label far wider than the whole plot ".repeat(4);
    BufferedImage crowded = Chart.draw(null, List.of(panel(false, tooLong)), 1, 500, 400);
    assertThat(inked(crowded)).isEqualTo(inked(none));
  }

  @Test
  void notesAreWrittenUnderEveryPanelAndPanelsKeepTheSameRoomForThem() {
    Panel bare =
        new Panel("B", Axis.linear("x"), Axis.linear("y"), panel(false).series(), List.of());
    BufferedImage withNote = Chart.draw(null, List.of(panel(false)), 1, 500, 400);
    BufferedImage without = Chart.draw(null, List.of(bare), 1, 500, 400);
    int note = PanelChart.NOTE.getRGB() & 0xffffff;
    assertThat(pixelsOf(withNote.getSubimage(0, 370, 500, 30), note)).isPositive();
    assertThat(pixelsOf(without.getSubimage(0, 370, 500, 30), note)).isZero();
    // Side by side, the panel without notes keeps the same room (one line of 19 pixels and 6 of
    // padding), so both plots end level.
    BufferedImage pair = Chart.draw(null, List.of(panel(false), bare), 2, 500, 400);
    assertThat(inked(pair.getSubimage(500, 375, 500, 25))).isZero();
    BufferedImage shorter = PanelChart.draw(bare, 500, 375);
    assertThat(sameImage(pair.getSubimage(500, 0, 500, 375), shorter)).isTrue();
  }

  static boolean sameImage(BufferedImage a, BufferedImage b) {
    for (int y = 0; y < a.getHeight(); y++) {
      for (int x = 0; x < a.getWidth(); x++) {
        if (a.getRGB(x, y) != b.getRGB(x, y)) {
          return false;
        }
      }
    }
    return a.getWidth() == b.getWidth() && a.getHeight() == b.getHeight();
  }
}
