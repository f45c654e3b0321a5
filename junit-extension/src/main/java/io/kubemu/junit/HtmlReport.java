package io.kubemu.junit;

import io.kubemu.engine.events.Timeline;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * A self-contained HTML page (inline CSS, SVG and a few lines of JavaScript; no external assets)
 * showing a failed test's cluster: pods and ready pods per owner (ReplicaSet and revision, ...)
 * over virtual time, each pod's state over time, the events and every write.
 */
final class HtmlReport {
  private HtmlReport() {}

  /** Rows of the write table at most. */
  static final int MAX_WRITES = 5000;

  /** Pod lanes at most. */
  static final int MAX_LANES = 200;

  private static final String[] COLORS = {
    "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd",
    "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf"
  };

  private static final Map<String, String> STATE_COLORS =
      Map.of(
          PodHistory.PENDING,
          "#bdbdbd",
          PodHistory.RUNNING,
          "#f0ad4e",
          PodHistory.READY,
          "#5cb85c",
          PodHistory.TERMINATING,
          "#d9534f",
          "Succeeded",
          "#5bc0de",
          "Failed",
          "#8b0000");

  private static final int WIDTH = 960;
  private static final int LEFT = 50;
  private static final int RIGHT = 20;
  private static final int CHART_HEIGHT = 220;
  private static final int LANE_HEIGHT = 14;
  private static final int LANE_LABEL = 260;

  /**
   * {@return the page}
   *
   * @param title what failed, e.g. {@code MyTest › rolls_out()}
   * @param failure the failure's text (message and type), or null
   */
  static String render(TimelineSnapshot snapshot, PodHistory pods, String title, String failure) {
    StringBuilder h = new StringBuilder(16_384);
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<title>kubemu report: ")
        .append(esc(title))
        .append("</title>\n<style>\n")
        .append("body{font:14px/1.4 system-ui,sans-serif;margin:2em;color:#222}")
        .append("h1{font-size:1.4em}h2{font-size:1.15em;margin-top:1.6em}")
        .append("pre{background:#f6f6f6;padding:.8em;overflow:auto;white-space:pre-wrap}")
        .append("table{border-collapse:collapse;font-size:12px}td,th{padding:2px 8px;")
        .append("border-bottom:1px solid #eee;text-align:left;vertical-align:top}")
        .append(".legend span{cursor:pointer;margin-right:1.2em;white-space:nowrap}")
        .append(".legend span.off{opacity:.35}.off-series{display:none}")
        .append("svg text{font:11px system-ui,sans-serif}")
        .append("\n</style>\n</head>\n<body>\n<h1>kubemu report: ")
        .append(esc(title))
        .append("</h1>\n<p>Virtual time ")
        .append(esc(snapshot.start().toString()))
        .append(" to ")
        .append(esc(snapshot.end().toString()))
        .append(" (")
        .append(esc(snapshot.offset(snapshot.end())))
        .append("), ")
        .append(snapshot.entries().size())
        .append(" writes.</p>\n");
    if (failure != null)
      h.append("<h2>Failure</h2>\n<pre>").append(esc(failure)).append("</pre>\n");
    if (pods.series().isEmpty()) {
      h.append("<p>No pods were created.</p>\n");
    } else {
      h.append("<h2>Pods per ReplicaSet / revision</h2>\n");
      legend(h, pods);
      chart(h, snapshot, pods, PodHistory.Point::pods, "pods");
      h.append("<h2>Ready pods per ReplicaSet / revision</h2>\n");
      chart(h, snapshot, pods, PodHistory.Point::ready, "ready");
      h.append("<h2>Pod states</h2>\n");
      lanes(h, snapshot, pods);
    }
    events(h, snapshot);
    writes(h, snapshot);
    h.append("<script>\n")
        .append("document.querySelectorAll('.legend span').forEach(function(s){")
        .append("s.addEventListener('click',function(){s.classList.toggle('off');")
        .append("document.querySelectorAll('[data-series=\"'+s.dataset.series+'\"]')")
        .append(".forEach(function(e){if(e!==s)e.classList.toggle('off-series');});});});\n")
        .append("</script>\n</body>\n</html>\n");
    return h.toString();
  }

  private static void legend(StringBuilder h, PodHistory pods) {
    h.append("<p class=\"legend\">");
    for (int i = 0; i < pods.series().size(); i++) {
      h.append("<span data-series=\"")
          .append(i)
          .append("\"><svg width=\"12\" height=\"12\"><rect width=\"12\" height=\"12\" fill=\"")
          .append(color(i))
          .append("\"/></svg> ")
          .append(esc(pods.series().get(i).owner()))
          .append("</span>");
    }
    h.append("</p>\n");
  }

  /** A step chart of one count per owner group over virtual time. */
  private static void chart(
      StringBuilder h,
      TimelineSnapshot snapshot,
      PodHistory pods,
      ToIntFunction<PodHistory.Point> value,
      String name) {
    int max = 1;
    for (PodHistory.Series s : pods.series()) {
      for (PodHistory.Point p : s.points()) max = Math.max(max, value.applyAsInt(p));
    }
    int top = 10;
    int bottom = CHART_HEIGHT - 25;
    h.append("<svg class=\"chart\" data-chart=\"")
        .append(name)
        .append("\" width=\"")
        .append(WIDTH)
        .append("\" height=\"")
        .append(CHART_HEIGHT)
        .append("\" xmlns=\"http://www.w3.org/2000/svg\">\n");
    axes(h, snapshot, LEFT, top, bottom);
    int step = Math.max(1, (max + 4) / 5);
    for (int v = 0; v <= max; v += step) {
      double y = y(v, max, top, bottom);
      h.append(
              String.format(
                  Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">", LEFT - 6, y + 4))
          .append(v)
          .append("</text>")
          .append(
              String.format(
                  Locale.ROOT,
                  "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#eee\"/>\n",
                  LEFT,
                  y,
                  WIDTH - RIGHT,
                  y));
    }
    for (int i = 0; i < pods.series().size(); i++) {
      PodHistory.Series s = pods.series().get(i);
      StringBuilder pts = new StringBuilder();
      Double prevY = null;
      for (PodHistory.Point p : s.points()) {
        double x = x(snapshot, p.time(), LEFT);
        // Lifted 2 px per series so that equal counts of several owners stay visible.
        double y = y(value.applyAsInt(p), max, top, bottom) - 2.0 * (i % 5);
        if (prevY != null && prevY == y) continue; // the other count changed
        if (prevY != null) pts.append(fmt(x)).append(',').append(fmt(prevY)).append(' ');
        pts.append(fmt(x)).append(',').append(fmt(y)).append(' ');
        prevY = y;
      }
      pts.append(fmt(x(snapshot, snapshot.end(), LEFT))).append(',').append(fmt(prevY));
      h.append("<polyline data-series=\"")
          .append(i)
          .append("\" fill=\"none\" stroke-width=\"2\" stroke=\"")
          .append(color(i))
          .append("\" points=\"")
          .append(pts)
          .append("\"><title>")
          .append(esc(s.owner()))
          .append("</title></polyline>\n");
    }
    h.append("</svg>\n");
  }

  /** One lane per pod, coloured by state. */
  private static void lanes(StringBuilder h, TimelineSnapshot snapshot, PodHistory pods) {
    List<PodHistory.Lane> lanes = pods.lanes();
    int shown = Math.min(lanes.size(), MAX_LANES);
    int height = 30 + shown * LANE_HEIGHT;
    h.append("<p class=\"legend\">");
    STATE_COLORS.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            e ->
                h.append("<svg width=\"12\" height=\"12\"><rect width=\"12\" height=\"12\" fill=\"")
                    .append(e.getValue())
                    .append("\"/></svg> ")
                    .append(e.getKey())
                    .append(" &nbsp; "));
    h.append("</p>\n<svg class=\"lanes\" width=\"")
        .append(WIDTH)
        .append("\" height=\"")
        .append(height)
        .append("\" xmlns=\"http://www.w3.org/2000/svg\">\n");
    axes(h, snapshot, LANE_LABEL, 0, shown * LANE_HEIGHT);
    for (int i = 0; i < shown; i++) {
      PodHistory.Lane lane = lanes.get(i);
      int y = i * LANE_HEIGHT;
      h.append(
              String.format(
                  Locale.ROOT,
                  "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">",
                  LANE_LABEL - 6,
                  y + 11))
          .append(esc(lane.pod()))
          .append("</text>\n");
      for (PodHistory.Segment s : lane.segments()) {
        double x1 = x(snapshot, s.from(), LANE_LABEL);
        double x2 = Math.max(x1 + 1, x(snapshot, s.to(), LANE_LABEL));
        h.append(
                String.format(
                    Locale.ROOT,
                    "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\">",
                    x1,
                    y + 2,
                    x2 - x1,
                    LANE_HEIGHT - 3,
                    STATE_COLORS.getOrDefault(s.state(), "#999")))
            .append("<title>")
            .append(
                esc(
                    lane.pod()
                        + " "
                        + s.state()
                        + " "
                        + snapshot.offset(s.from())
                        + " to "
                        + snapshot.offset(s.to())
                        + " ("
                        + lane.owner()
                        + ")"))
            .append("</title></rect>\n");
      }
    }
    h.append("</svg>\n");
    if (lanes.size() > shown) {
      h.append("<p>").append(lanes.size() - shown).append(" more pods not shown.</p>\n");
    }
  }

  /** The time axis with five ticks, and the value axis line. */
  private static void axes(
      StringBuilder h, TimelineSnapshot snapshot, int left, int top, int bottom) {
    h.append(
            String.format(
                Locale.ROOT,
                "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#999\"/>",
                left,
                bottom,
                WIDTH - RIGHT,
                bottom))
        .append(
            String.format(
                Locale.ROOT,
                "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#999\"/>\n",
                left,
                top,
                left,
                bottom));
    Duration span = span(snapshot);
    for (int i = 0; i <= 4; i++) {
      Instant t = snapshot.start().plus(span.multipliedBy(i).dividedBy(4));
      double x = x(snapshot, t, left);
      h.append(
              String.format(
                  Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">", x, bottom + 16))
          .append(esc(snapshot.offset(t)))
          .append("</text>\n");
    }
  }

  private static void events(StringBuilder h, TimelineSnapshot snapshot) {
    List<String> events = TimelineSummary.events(snapshot);
    if (events.isEmpty()) return;
    h.append("<h2>Events</h2>\n<table>\n");
    for (String e : events) h.append("<tr><td>").append(esc(e)).append("</td></tr>\n");
    h.append("</table>\n");
  }

  private static void writes(StringBuilder h, TimelineSnapshot snapshot) {
    List<Timeline.Entry> entries = snapshot.entries();
    h.append("<h2>Timeline</h2>\n<table>\n<tr><th>#</th><th>virtual time</th><th>verb</th>")
        .append("<th>kind</th><th>object</th><th>resourceVersion</th></tr>\n");
    int from = Math.max(0, entries.size() - MAX_WRITES);
    if (from > 0)
      h.append("<tr><td colspan=\"6\">")
          .append(from)
          .append(" earlier writes not shown</td></tr>\n");
    for (Timeline.Entry e : entries.subList(from, entries.size())) {
      h.append("<tr><td>")
          .append(e.sequence())
          .append("</td><td>")
          .append(esc(snapshot.offset(e.time())))
          .append("</td><td>")
          .append(esc(e.verb().text()))
          .append("</td><td>")
          .append(esc(e.kind().qualifiedKind()))
          .append("</td><td>")
          .append(esc(e.key()))
          .append("</td><td>")
          .append(esc(String.valueOf(e.resourceVersion())))
          .append("</td></tr>\n");
    }
    h.append("</table>\n");
  }

  private static Duration span(TimelineSnapshot snapshot) {
    Duration d = Duration.between(snapshot.start(), snapshot.end());
    return d.isZero() || d.isNegative() ? Duration.ofSeconds(1) : d;
  }

  private static double x(TimelineSnapshot snapshot, Instant t, int left) {
    double width = WIDTH - left - RIGHT;
    double f = Duration.between(snapshot.start(), t).toNanos() / (double) span(snapshot).toNanos();
    return left + width * Math.max(0, Math.min(1, f));
  }

  private static double y(int value, int max, int top, int bottom) {
    return bottom - (bottom - top) * (value / (double) max);
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }

  private static String color(int i) {
    return COLORS[i % COLORS.length];
  }

  /** {@return text with {@code & < > " '} escaped for HTML} */
  static String esc(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
