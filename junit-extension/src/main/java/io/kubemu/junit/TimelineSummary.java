package io.kubemu.junit;

import io.kubemu.engine.events.Timeline;
import io.kubemu.model.core.Event;
import io.kubemu.model.core.ObjectReference;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The plain-text account of a test's timeline that is appended to a failure and published as a
 * report entry: pods per owner over virtual time, the pods at the end, the events, and the last
 * writes of the test, capped in length.
 */
final class TimelineSummary {
  private TimelineSummary() {}

  /** Changes per owner group shown; older ones are elided. */
  static final int MAX_POINTS = 12;

  /** Pods, events and writes shown at most. */
  static final int MAX_LINES = 15;

  /**
   * {@return the summary, at most {@code maxChars} long}
   *
   * @param title what failed, e.g. {@code MyTest.rolls_out()}
   * @param report where the HTML report is, or null
   */
  static String render(
      TimelineSnapshot snapshot, PodHistory pods, String title, String report, int maxChars) {
    StringBuilder sb = new StringBuilder();
    sb.append("kubemu timeline of ")
        .append(title)
        .append(": virtual time ")
        .append(snapshot.start())
        .append(" to ")
        .append(snapshot.end())
        .append(" (")
        .append(snapshot.offset(snapshot.end()))
        .append("), ")
        .append(snapshot.entries().size())
        .append(" writes\n");
    if (report != null) sb.append("HTML report: ").append(report).append('\n');
    if (!pods.series().isEmpty()) {
      sb.append("Pods per owner (pods/ready from the time shown):\n");
      for (PodHistory.Series s : pods.series()) {
        List<PodHistory.Point> points = s.points();
        int from = Math.max(0, points.size() - MAX_POINTS);
        String changes =
            points.subList(from, points.size()).stream()
                .map(p -> snapshot.offset(p.time()) + " " + p.pods() + "/" + p.ready())
                .collect(Collectors.joining(", "));
        sb.append("  ")
            .append(s.owner())
            .append(": ")
            .append(from > 0 ? "… " : "")
            .append(changes)
            .append('\n');
      }
      List<String> now = new ArrayList<>();
      for (PodHistory.Lane lane : pods.lanes()) {
        String state = lane.finalState(snapshot.end());
        if (state != null) {
          now.add(lane.pod() + " " + state + (lane.node() == null ? "" : " on " + lane.node()));
        }
      }
      section(sb, "Pods at the end", now);
    }
    section(sb, "Events", events(snapshot));
    List<String> writes = new ArrayList<>();
    for (Timeline.Entry e : snapshot.testEntries()) writes.add(e.line());
    section(sb, snapshot.testFrom() > 0 ? "Writes during the test" : "Writes", writes);
    return cap(sb.toString().stripTrailing(), maxChars);
  }

  /** {@return the events on the timeline, oldest first, one line each (last state of each)} */
  static List<String> events(TimelineSnapshot snapshot) {
    Map<String, Timeline.Entry> last = new LinkedHashMap<>();
    for (Timeline.Entry e : snapshot.entries()) {
      if (e.is(Event.class)) last.put(e.key(), e);
    }
    Map<String, Timeline.Entry> first = new LinkedHashMap<>();
    for (Timeline.Entry e : snapshot.entries()) {
      if (e.is(Event.class)) first.putIfAbsent(e.key(), e);
    }
    List<String> lines = new ArrayList<>();
    for (Map.Entry<String, Timeline.Entry> f : first.entrySet()) {
      lines.add(
          snapshot.offset(f.getValue().time()) + " " + line(last.get(f.getKey()).as(Event.class)));
    }
    return lines;
  }

  /** {@return an event as {@code Warning FailedScheduling Pod app/web-x: message (x3)}} */
  static String line(Event e) {
    ObjectReference o = e.involvedObject();
    String about =
        o == null
            ? "?"
            : o.kind()
                + " "
                + (o.namespace() == null || o.namespace().isEmpty()
                    ? o.name()
                    : o.namespace() + "/" + o.name());
    String count = e.count() != null && e.count() > 1 ? " (x" + e.count() + ")" : "";
    return e.type() + " " + e.reason() + " " + about + ": " + e.message() + count;
  }

  private static void section(StringBuilder sb, String name, List<String> lines) {
    if (lines.isEmpty()) return;
    int from = Math.max(0, lines.size() - MAX_LINES);
    sb.append(name);
    if (from > 0)
      sb.append(" (last ").append(MAX_LINES).append(" of ").append(lines.size()).append(')');
    sb.append(":\n");
    for (String l : lines.subList(from, lines.size())) sb.append("  ").append(l).append('\n');
  }

  /** {@return the text cut at a line end so that it fits {@code max} characters with the note} */
  static String cap(String text, int max) {
    if (text.length() <= max) return text;
    String note = "\n… (cut at " + max + " characters; the HTML report has everything)";
    int end = text.lastIndexOf('\n', Math.max(0, max - note.length()));
    if (end <= 0) end = Math.max(0, max - note.length());
    return text.substring(0, end) + note;
  }
}
