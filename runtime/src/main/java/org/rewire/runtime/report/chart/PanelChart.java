package org.rewire.runtime.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.Styler.LegendLayout;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * One {@link Panel} drawn by XChart: its title above, the axes with their labels, and the legend
 * under the plot. Each {@link Series} becomes up to four XChart series, painted in this order: its
 * line (with the series' filled marker at each vertex; it carries the legend entry), its error
 * bars, its other filled markers, and its hollow markers over everything of the series. The axes'
 * spans are set here ({@link AxisSpan}), so that values have known pixels once XChart has laid the
 * chart out; then {@link MarkLabels} adds the marks' labels and the chart is painted again.
 */
final class PanelChart {
  static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 15);
  static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
  static final Font TEXT = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
  static final Color NOTE = new Color(70, 70, 70);
  private static final Color GRID = new Color(225, 225, 225);
  private static final Color FRAME = new Color(110, 110, 110);

  /** The share of the plot's width and height the data span; the rest is an even margin. */
  private static final double CONTENT = 0.92;

  private static final BasicStroke LINE =
      new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);

  private final Panel panel;
  private final XYChart chart;
  private final List<Shown> shown;
  private final AxisSpan xSpan;
  private final AxisSpan ySpan;

  private PanelChart(Panel panel, int width, int height) {
    this.panel = panel;
    this.chart =
        new XYChartBuilder()
            .width(width)
            .height(height)
            .title(panel.title())
            .xAxisTitle(panel.x().label())
            .yAxisTitle(panel.y().label())
            .build();
    style(chart.getStyler());
    this.shown = panel.series().stream().map(s -> Shown.of(s, panel.x(), panel.y())).toList();
    List<Double> xs = new ArrayList<>();
    List<Double> ys = new ArrayList<>();
    for (Shown s : shown) {
      for (Mark m : s.marks()) {
        xs.add(m.x());
        ys.add(m.y());
        if (m.hasErrorBar()) {
          ys.add(m.low());
          ys.add(m.high());
        }
      }
      for (Point p : s.line()) {
        xs.add(p.x());
        ys.add(p.y());
      }
    }
    this.xSpan = AxisSpan.of(panel.x(), xs);
    this.ySpan = AxisSpan.of(panel.y(), ys);
    if (!hasData()) {
      chart.addAnnotation(new AnnotationText("no data", width / 2.0, height / 2.0, true));
      return;
    }
    axes(chart.getStyler());
    for (int i = 0; i < shown.size(); i++) {
      addSeries(i, shown.get(i));
    }
  }

  /** Draws {@code panel} into a new {@code width} x {@code height} picture. */
  static BufferedImage draw(Panel panel, int width, int height) {
    PanelChart drawn = new PanelChart(panel, width, height);
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      drawn.chart.paint(g, width, height); // lays the chart out: values have pixels from here on
      if (drawn.hasData()
          && MarkLabels.add(drawn.chart, drawn.shown, drawn.plot(), g.getFontRenderContext())) {
        drawn.chart.paint(g, width, height);
      }
    } finally {
      g.dispose();
    }
    return image;
  }

  private boolean hasData() {
    return xSpan != null && ySpan != null;
  }

  private static void style(XYStyler st) {
    st.setLocale(Locale.ROOT);
    st.setAntiAlias(true);
    st.setTextAntiAlias(true);
    st.setChartBackgroundColor(Color.WHITE);
    st.setChartFontColor(Color.BLACK);
    st.setChartTitleFont(TITLE);
    st.setChartTitleBoxVisible(false);
    st.setPlotBackgroundColor(Color.WHITE);
    st.setPlotBorderColor(FRAME);
    st.setPlotGridLinesColor(GRID);
    st.setPlotGridLinesStroke(new BasicStroke(1f));
    st.setPlotContentSize(CONTENT);
    st.setAxisTitleFont(LABEL);
    st.setAxisTickLabelsFont(TEXT);
    st.setAxisTickLabelsColor(Color.BLACK);
    st.setAxisTicksLineVisible(false); // the plot's frame and grid lines show where ticks are
    st.setAxisTicksMarksVisible(false);
    st.setLegendFont(TEXT);
    st.setLegendPosition(LegendPosition.OutsideS);
    st.setLegendLayout(LegendLayout.Horizontal);
    st.setLegendBorderColor(Color.WHITE);
    st.setLegendSeriesLineLength(30);
    st.setMarkerSize(10);
    st.setErrorBarsColorSeriesColor(true);
    st.setAnnotationTextFont(LABEL);
    st.setAnnotationTextFontColor(NOTE);
    st.setDefaultSeriesRenderStyle(XYSeriesRenderStyle.Scatter);
  }

  /** Spans, scales and tick labels: ours, so that the pixels of values are known. */
  private void axes(XYStyler st) {
    st.setXAxisMin(xSpan.min());
    st.setXAxisMax(xSpan.max());
    st.setYAxisMin(ySpan.min());
    st.setYAxisMax(ySpan.max());
    st.setXAxisLogarithmic(panel.x().scale() == Axis.Scale.LOG);
    st.setYAxisLogarithmic(panel.y().scale() == Axis.Scale.LOG);
    // Every tick gets a label from TickLabels, which leaves out the ones not to show.
    st.setXAxisLogarithmicDecadeOnly(false);
    st.setYAxisLogarithmicDecadeOnly(false);
    st.setXAxisTickLabelsFormattingFunction(tickLabels(panel.x(), xSpan));
    st.setYAxisTickLabelsFormattingFunction(tickLabels(panel.y(), ySpan));
  }

  private static Function<Double, String> tickLabels(Axis axis, AxisSpan span) {
    if (axis.scale() == Axis.Scale.LOG) {
      AxisSpan view = span.inViewOnLog(CONTENT);
      return TickLabels.log(view.min(), view.max());
    }
    return TickLabels.linear(span.largest(), axis.integer());
  }

  /** The XChart series of {@code s}; the first one named after it carries its legend entry. */
  private void addSeries(int index, Shown s) {
    int style = s.series().style();
    Color color = Palette.color(style);
    boolean inLegend = false;
    Set<Point> vertices = new HashSet<>(s.line());
    if (!s.line().isEmpty()) {
      XYSeries l = add(s.series().label(), s.line(), Point::x, Point::y, null, color);
      l.setXYSeriesRenderStyle(XYSeriesRenderStyle.Line);
      l.setLineStyle(LINE);
      l.setMarker(
          s.marks().isEmpty() ? SeriesMarkers.NONE : Palette.marker(style, false, s.radius()));
      inLegend = true;
    }
    List<Mark> bars = s.marks().stream().filter(Mark::hasErrorBar).toList();
    if (!bars.isEmpty()) {
      // XChart's bars run y +- e: centred on the bar, they need not be symmetric about the mark.
      double[] half = bars.stream().mapToDouble(m -> (m.high() - m.low()) / 2).toArray();
      XYSeries b =
          add(hidden(index, "bars"), bars, Mark::x, m -> (m.low() + m.high()) / 2, half, color);
      b.setMarker(SeriesMarkers.NONE);
      b.setShowInLegend(false);
    }
    for (boolean hollow : new boolean[] {false, true}) {
      List<Mark> some =
          s.marks().stream()
              .filter(m -> m.hollow() == hollow && (hollow || !vertices.contains(m.at())))
              .toList();
      if (!some.isEmpty()) {
        String name = inLegend ? hidden(index, hollow ? "hollow" : "filled") : s.series().label();
        XYSeries m = add(name, some, Mark::x, Mark::y, null, color);
        m.setMarker(Palette.marker(style, hollow, s.radius()));
        m.setShowInLegend(!inLegend);
        inLegend = true;
      }
    }
  }

  private <T> XYSeries add(
      String name,
      List<T> items,
      ToDoubleFunction<T> x,
      ToDoubleFunction<T> y,
      double[] errorBars,
      Color color) {
    XYSeries series =
        chart.addSeries(
            name,
            items.stream().mapToDouble(x).toArray(),
            items.stream().mapToDouble(y).toArray(),
            errorBars);
    series.setLineColor(color);
    series.setMarkerColor(color);
    series.setFillColor(color);
    return series;
  }

  /** The name of a series that has no legend entry: unique, and never shown. */
  private static String hidden(int index, String part) {
    return "\u0000" + index + " " + part;
  }

  /** The plot's inside in pixels: the spans and XChart's margin around them, less 2 pixels. */
  private Rectangle2D plot() {
    double left = chart.getScreenXFromChart(xSpan.min());
    double right = chart.getScreenXFromChart(xSpan.max());
    double top = chart.getScreenYFromChart(ySpan.max());
    double bottom = chart.getScreenYFromChart(ySpan.min());
    double marginX = (right - left) * (1 / CONTENT - 1) / 2;
    double marginY = (bottom - top) * (1 / CONTENT - 1) / 2;
    return new Rectangle2D.Double(
        left - marginX + 2,
        top - marginY + 2,
        right - left + 2 * marginX - 4,
        bottom - top + 2 * marginY - 4);
  }
}
