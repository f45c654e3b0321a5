package io.kubemu.engine.kubectl;

import io.kubemu.engine.api.Verb;
import io.kubemu.engine.events.Timeline;
import io.kubemu.engine.kubectl.printers.PrintOptions;
import io.kubemu.engine.kubectl.printers.Printers;
import io.kubemu.engine.kubectl.printers.TabWriter;
import io.kubemu.engine.kubectl.printers.TablePrinter;
import io.kubemu.model.Kind;
import io.kubemu.model.KubernetesObject;
import io.kubemu.model.meta.Selector;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code kubectl get -w} replayed from the {@link Timeline}: what a {@code get -w} started at a
 * virtual time would have printed up to now. First the objects as they were at that time (ages at
 * that time), then one row each time a selected object was written (created, updated, status
 * written, deleted, removed), its age as of the write. Rows are aligned with widths remembered
 * across rows, as kubectl's tab writer does.
 *
 * <p>{@code --since} (kubemu's, not kubectl's) sets the start: an RFC 3339 instant, or a Go
 * duration ({@code 90s}, {@code 5m}, {@code 1h30m}) before now, by default the first write of the
 * cluster; the writes up to and including that instant make the initial list, its ages as of then.
 * {@code --since-write N} (kubemu's) starts the watch after the cluster's first N writes (the size
 * of its {@link Timeline} when the watch began), so that writes made later in the same instant
 * print as rows; ages of the initial list are then as of {@code --since}, default the N-th write.
 * Label selectors apply to each written state (an object leaving the selection prints its last
 * matching state, as the watch's DELETED event does); field selectors are not supported with {@code
 * -w}.
 */
final class GetWatch {
  private GetWatch() {}

  private static final Pattern GO_DURATION = Pattern.compile("(\\d+)(ms|h|m|s)");

  static String run(Context ctx, Flags.Args args, Targets targets, String output) {
    if (targets.kinds().size() != 1) {
      throw KubectlException.error(
          "watch is only supported on individual resources and resource collections, but "
              + targets.kinds().size()
              + " resources were found");
    }
    if (args.value("field-selector") != null) {
      throw KubectlException.error(
          "--field-selector is not supported with --watch in kubemu; use -l");
    }
    if (output.equals("yaml") || output.equals("json")) {
      throw KubectlException.error("-o " + output + " is not supported with --watch in kubemu");
    }
    Kind kind = targets.kinds().get(0);
    boolean all = args.bool("all-namespaces");
    String namespace = kind.namespaced() && !all ? ctx.namespace(args) : null;
    List<String> names = new ArrayList<>();
    for (Targets.Named n : targets.names()) names.add(n.name());
    Selector selector;
    try {
      selector = Selector.parse(args.value("selector", ""));
    } catch (IllegalArgumentException e) {
      throw KubectlException.error(e.getMessage());
    }
    List<Timeline.Entry> entries = List.copyOf(ctx.cluster().timeline().entries());
    Instant since = since(args.value("since"), ctx.now(), entries);
    int firstRow = sinceWrite(args.value("since-write"), entries.size());
    if (firstRow > 0 && (args.value("since") == null || args.value("since").isEmpty())) {
      since = entries.get(firstRow - 1).time();
    }

    // the objects as they were at `since`
    Map<String, KubernetesObject> state = new LinkedHashMap<>();
    int i = 0;
    for (; i < entries.size() && includedInInitialList(entries.get(i), i, since, firstRow); i++) {
      Timeline.Entry e = entries.get(i);
      if (!e.kind().equals(kind)) continue;
      if (e.verb() == Verb.DELETED_FINAL) state.remove(e.key());
      else state.put(e.key(), e.object());
    }
    List<KubernetesObject> initial = new ArrayList<>();
    for (KubernetesObject o : state.values()) {
      if (selected(o, namespace, names, selector)) initial.add(o);
    }
    initial.sort(
        Comparator.comparing((KubernetesObject o) -> nullToEmpty(o.metadata().namespace()))
            .thenComparing(o -> o.metadata().name()));

    PrintOptions opts =
        PrintOptions.DEFAULT
            .withWide(output.equals("wide"))
            .withNamespace(all && kind.namespaced())
            .withShowLabels(args.bool("show-labels"))
            .withColumnLabels(args.list("label-columns"))
            .withNoHeaders(args.bool("no-headers"));
    TabWriter w = TabWriter.forTables();
    StringBuilder names0 = new StringBuilder();
    boolean headerPrinted = opts.noHeaders();
    if (!initial.isEmpty()) {
      headerPrinted = print(kind, initial, since, opts, headerPrinted, output, w, names0);
    }
    Map<String, KubernetesObject> previous = new LinkedHashMap<>(state);
    for (; i < entries.size(); i++) {
      Timeline.Entry e = entries.get(i);
      if (!e.kind().equals(kind)) continue;
      KubernetesObject before = previous.get(e.key());
      KubernetesObject shown = null;
      if (selected(e.object(), namespace, names, selector)) {
        shown = e.object();
      } else if (before != null && selected(before, namespace, names, selector)) {
        shown = before; // left the selection: the watch's DELETED event
      }
      if (e.verb() == Verb.DELETED_FINAL) previous.remove(e.key());
      else previous.put(e.key(), e.object());
      if (shown != null) {
        headerPrinted =
            print(kind, List.of(shown), e.time(), opts, headerPrinted, output, w, names0);
      }
    }
    return output.equals("name") ? names0.toString() : w.text();
  }

  private static boolean print(
      Kind kind,
      List<KubernetesObject> objects,
      Instant at,
      PrintOptions opts,
      boolean headerPrinted,
      String output,
      TabWriter w,
      StringBuilder names) {
    if (output.equals("name")) {
      for (KubernetesObject o : objects) names.append(ObjectOutput.name(o));
      return true;
    }
    TablePrinter.print(Printers.table(kind, objects, at), opts.withNoHeaders(headerPrinted), w);
    w.flush();
    return true;
  }

  // --since-write N: the first N writes make the initial list; else every write up to --since
  private static boolean includedInInitialList(
      Timeline.Entry e, int index, Instant since, int firstRow) {
    return firstRow >= 0 ? index < firstRow : !e.time().isAfter(since);
  }

  private static int sinceWrite(String flag, int writes) {
    if (flag == null || flag.isEmpty()) return -1;
    try {
      int n = Integer.parseInt(flag);
      if (n >= 0) return Math.min(n, writes);
    } catch (NumberFormatException e) {
      // below
    }
    throw KubectlException.error(
        "invalid argument \"" + flag + "\" for \"--since-write\" flag: a count of writes");
  }

  private static boolean selected(
      KubernetesObject o, String namespace, List<String> names, Selector selector) {
    if (namespace != null && !namespace.equals(o.metadata().namespace())) return false;
    if (!names.isEmpty() && !names.contains(o.metadata().name())) return false;
    return selector.matches(o.metadata().labels());
  }

  /** {@return the start of the replay: {@code --since}, else the first write} */
  static Instant since(String flag, Instant now, List<Timeline.Entry> entries) {
    if (flag == null || flag.isEmpty()) {
      return entries.isEmpty() ? now : entries.get(0).time();
    }
    try {
      return Instant.parse(flag);
    } catch (DateTimeParseException notAnInstant) {
      return now.minus(goDuration(flag));
    }
  }

  /** {@return a Go duration such as {@code 1h30m} or {@code 90s}} */
  static Duration goDuration(String s) {
    return goDuration(s, "since");
  }

  /** {@return a Go duration given to the flag} */
  static Duration goDuration(String s, String flag) {
    Matcher m = GO_DURATION.matcher(s);
    Duration d = Duration.ZERO;
    int end = 0;
    while (m.find()) {
      if (m.start() != end) break;
      long n = Long.parseLong(m.group(1));
      d =
          d.plus(
              switch (m.group(2)) {
                case "h" -> Duration.ofHours(n);
                case "m" -> Duration.ofMinutes(n);
                case "s" -> Duration.ofSeconds(n);
                default -> Duration.ofMillis(n);
              });
      end = m.end();
    }
    if (end != s.length() || end == 0) {
      throw KubectlException.error(
          "invalid argument \""
              + s
              + "\" for \"--"
              + flag
              + "\" flag: expected a"
              + " duration such as 5m or 1h30m"
              + (flag.equals("since") ? " (or an RFC 3339 time)" : ""));
    }
    return d;
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
