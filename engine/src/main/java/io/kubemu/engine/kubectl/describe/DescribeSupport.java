package io.kubemu.engine.kubectl.describe;

import io.kubemu.engine.kubectl.printers.HumanDuration;
import io.kubemu.model.core.Event;
import io.kubemu.model.core.Taint;
import io.kubemu.model.core.Toleration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** The helpers describe.go shares between describers. Stateless. */
final class DescribeSupport {
  private DescribeSupport() {}

  /** kubectl leaves out this annotation (skipAnnotations). */
  static final Set<String> SKIP_ANNOTATIONS =
      Set.of("kubectl.kubernetes.io/last-applied-configuration");

  private static final int MAX_ANNOTATION_LEN = 140;

  // Go's time.RFC1123Z, in UTC
  private static final DateTimeFormatter RFC1123Z =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss Z", Locale.ENGLISH)
          .withZone(ZoneOffset.UTC);

  /** {@return the time as Go's RFC1123Z formats it: {@code Thu, 01 Jan 2026 00:00:00 +0000}} */
  static String rfc1123z(Instant t) {
    return t == null ? "Mon, 01 Jan 0001 00:00:00 +0000" : RFC1123Z.format(t);
  }

  // printLabelsMultilineWithIndent
  static void labels(PrefixWriter w, String title, Map<String, String> labels) {
    labelsWithIndent(w, "", title, "\t", labels);
  }

  static void labelsWithIndent(
      PrefixWriter w,
      String initialIndent,
      String title,
      String innerIndent,
      Map<String, String> labels) {
    w.write(PrefixWriter.LEVEL_0, initialIndent + title + ":" + innerIndent);
    if (labels == null || labels.isEmpty()) {
      w.writeLine("<none>");
      return;
    }
    boolean first = true;
    for (Map.Entry<String, String> e : new TreeMap<>(labels).entrySet()) {
      if (!first) w.write(PrefixWriter.LEVEL_0, initialIndent + innerIndent);
      w.write(PrefixWriter.LEVEL_0, e.getKey() + "=" + e.getValue() + "\n");
      first = false;
    }
  }

  // printAnnotationsMultiline: long or multi-line values on their own indented lines
  static void annotations(PrefixWriter w, String title, Map<String, String> annotations) {
    w.write(PrefixWriter.LEVEL_0, title + ":\t");
    List<String> keys = new ArrayList<>();
    for (String k : annotations.keySet()) {
      if (!SKIP_ANNOTATIONS.contains(k)) keys.add(k);
    }
    if (keys.isEmpty()) {
      w.writeLine("<none>");
      return;
    }
    keys.sort(null);
    String indent = "\t";
    for (int i = 0; i < keys.size(); i++) {
      String key = keys.get(i);
      if (i != 0) w.write(PrefixWriter.LEVEL_0, indent);
      String value = annotations.get(key);
      if (value.endsWith("\n")) value = value.substring(0, value.length() - 1);
      if (value.length() + key.length() + 2 > MAX_ANNOTATION_LEN || value.contains("\n")) {
        w.write(PrefixWriter.LEVEL_0, key + ":\n");
        for (String s : value.split("\n", -1)) {
          w.write(PrefixWriter.LEVEL_0, indent + "  " + shorten(s, MAX_ANNOTATION_LEN - 2) + "\n");
        }
      } else {
        w.write(PrefixWriter.LEVEL_0, key + ": " + value + "\n");
      }
    }
  }

  private static String shorten(String s, int max) {
    return s.length() > max ? s.substring(0, max) + "..." : s;
  }

  // printTolerationsMultilineWithIndent
  static void tolerations(
      PrefixWriter w, String initialIndent, String title, List<Toleration> tolerations) {
    w.write(PrefixWriter.LEVEL_0, initialIndent + title + ":\t");
    if (tolerations.isEmpty()) {
      w.writeLine("<none>");
      return;
    }
    List<Toleration> sorted = new ArrayList<>(tolerations);
    sorted.sort(Comparator.comparing(t -> t.key() == null ? "" : t.key()));
    for (int i = 0; i < sorted.size(); i++) {
      Toleration t = sorted.get(i);
      if (i != 0) w.write(PrefixWriter.LEVEL_0, initialIndent + "\t");
      StringBuilder b = new StringBuilder(t.key() == null ? "" : t.key());
      boolean hasValue = t.value() != null && !t.value().isEmpty();
      if (hasValue) b.append('=').append(t.value());
      if (t.effect() != null && !t.effect().isEmpty()) b.append(':').append(t.effect());
      if ("Exists".equals(t.operator()) && !hasValue) {
        boolean hasKeyOrEffect =
            (t.key() != null && !t.key().isEmpty())
                || (t.effect() != null && !t.effect().isEmpty());
        b.append(hasKeyOrEffect ? " op=Exists" : "op=Exists");
      }
      if (t.tolerationSeconds() != null)
        b.append(" for ").append(t.tolerationSeconds()).append('s');
      w.write(PrefixWriter.LEVEL_0, b + "\n");
    }
  }

  // printTaintsMultilineWithIndent: sorted by effect then key
  static void taints(PrefixWriter w, String title, List<Taint> taints) {
    w.write(PrefixWriter.LEVEL_0, title + ":\t");
    if (taints.isEmpty()) {
      w.writeLine("<none>");
      return;
    }
    List<Taint> sorted = new ArrayList<>(taints);
    sorted.sort(Comparator.comparing(t -> nullToEmpty(t.effect()) + "," + t.key()));
    for (int i = 0; i < sorted.size(); i++) {
      if (i != 0) w.write(PrefixWriter.LEVEL_0, "\t");
      w.write(PrefixWriter.LEVEL_0, taintString(sorted.get(i)) + "\n");
    }
  }

  // Taint.ToString
  static String taintString(Taint t) {
    String s = t.key();
    if (t.value() != null && !t.value().isEmpty()) s += "=" + t.value();
    if (t.effect() != null && !t.effect().isEmpty()) s += ":" + t.effect();
    return s;
  }

  // DescribeEvents, with event.SortableEvents' order (series, last timestamp, event time)
  static void events(PrefixWriter w, List<Event> events, Instant now) {
    if (events.isEmpty()) {
      w.write(PrefixWriter.LEVEL_0, "Events:\t<none>\n");
      return;
    }
    w.flush();
    List<Event> sorted = new ArrayList<>(events);
    sorted.sort(
        Comparator.comparing(
            DescribeSupport::eventTime, Comparator.nullsFirst(Comparator.naturalOrder())));
    w.write(PrefixWriter.LEVEL_0, "Events:\n  Type\tReason\tAge\tFrom\tMessage\n");
    w.write(PrefixWriter.LEVEL_1, "----\t------\t----\t----\t-------\n");
    for (Event e : sorted) {
      String first =
          e.eventTime() != null
              ? HumanDuration.since(e.eventTime(), now)
              : HumanDuration.since(e.firstTimestamp(), now);
      int count = e.count() == null ? 0 : e.count();
      String interval =
          count > 1
              ? HumanDuration.since(e.lastTimestamp(), now) + " (x" + count + " over " + first + ")"
              : first;
      String source = e.source() == null ? "" : nullToEmpty(e.source().component());
      if (source.isEmpty()) source = nullToEmpty(e.reportingComponent());
      w.write(
          PrefixWriter.LEVEL_1,
          nullToEmpty(e.type())
              + "\t"
              + nullToEmpty(e.reason())
              + "\t"
              + interval
              + "\t"
              + source
              + "\t"
              + nullToEmpty(e.message()).strip()
              + "\n");
    }
  }

  private static Instant eventTime(Event e) {
    return e.lastTimestamp() != null ? e.lastTimestamp() : e.eventTime();
  }

  static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }

  static String orNone(String s) {
    return s == null || s.isEmpty() ? "<none>" : s;
  }
}
