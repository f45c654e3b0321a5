package io.kubemu.engine.kubectl.printers;

import io.kubemu.model.core.Event;
import io.kubemu.model.core.ObjectReference;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Events (printers.go printEvent): LAST SEEN TYPE REASON OBJECT MESSAGE, wide SUBOBJECT SOURCE
 * (after OBJECT), FIRST SEEN COUNT NAME.
 */
public final class EventPrinter implements ObjectPrinter<Event> {

  private static final List<Column> COLUMNS =
      List.of(
          Column.of("Last Seen"),
          Column.of("Type"),
          Column.of("Reason"),
          Column.of("Object"),
          Column.wide("Subobject"),
          Column.wide("Source"),
          Column.of("Message"),
          Column.wide("First Seen"),
          Column.wide("Count"),
          new Column("Name", 1, true));

  @Override
  public List<Column> columns() {
    return COLUMNS;
  }

  @Override
  public List<String> cells(Event e, Instant now) {
    String first =
        e.firstTimestamp() != null
            ? HumanDuration.since(e.firstTimestamp(), now)
            : HumanDuration.since(e.eventTime(), now);
    String last = e.lastTimestamp() != null ? HumanDuration.since(e.lastTimestamp(), now) : first;
    int count = e.count() == null || e.count() == 0 ? 1 : e.count();
    ObjectReference ref = e.involvedObject();
    String kind = ref == null ? "" : Formats.nullToEmpty(ref.kind()).toLowerCase(Locale.ROOT);
    String target =
        ref != null && ref.name() != null && !ref.name().isEmpty() ? kind + "/" + ref.name() : kind;
    return List.of(
        last,
        Formats.nullToEmpty(e.type()),
        Formats.nullToEmpty(e.reason()),
        target,
        ref == null ? "" : Formats.nullToEmpty(ref.fieldPath()),
        source(e),
        Formats.nullToEmpty(e.message()).strip(),
        first,
        Integer.toString(count),
        e.metadata().name());
  }

  // printers.go formatEventSource
  /** {@return {@code component, host}, or the reporting controller/instance} */
  public static String source(Event e) {
    String component = e.source() == null ? null : e.source().component();
    String host = e.source() == null ? null : e.source().host();
    component = firstNonEmpty(component, e.reportingComponent());
    host = firstNonEmpty(host, e.reportingInstance());
    return host.isEmpty() ? component : component + ", " + host;
  }

  private static String firstNonEmpty(String a, String b) {
    if (a != null && !a.isEmpty()) return a;
    return b == null ? "" : b;
  }
}
