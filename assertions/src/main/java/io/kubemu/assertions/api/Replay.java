package io.kubemu.assertions.api;

import io.kubemu.assertions.internal.Slice;
import io.kubemu.engine.api.Verb;
import io.kubemu.engine.events.Timeline;
import io.kubemu.model.Kind;
import io.kubemu.model.KubernetesObject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Predicate;

/** Replays a timeline within a window: the states, or a count at each state. */
final class Replay {
  private Replay() {}

  /**
   * A state of the window.
   *
   * @param snapshot the objects
   * @param carried whether it is the state the window starts with
   */
  record State(ClusterSnapshot snapshot, boolean carried) {}

  /**
   * {@return the states in the window: the carried one (if writes precede it), then one per write}
   */
  static List<State> states(Timeline timeline, Window window) {
    List<State> out = new ArrayList<>();
    ClusterSnapshot s = ClusterSnapshot.empty(Instant.EPOCH);
    boolean preceded = false;
    for (Timeline.Entry e : timeline.entries()) {
      if (window.precedes(e.time())) {
        s = s.apply(e);
        preceded = true;
        continue;
      }
      if (window.follows(e.time())) break;
      if (preceded && out.isEmpty()) out.add(new State(s.at(window.after()), true));
      s = s.apply(e);
      out.add(new State(s, false));
    }
    if (preceded && out.isEmpty()) out.add(new State(s.at(window.after()), true));
    return window.perInstant() ? lastPerInstant(out, st -> st.snapshot().time()) : out;
  }

  /** {@return the number of objects of the kind matching the predicate at each state} */
  static CountOverTime count(
      Timeline timeline,
      Window window,
      Kind kind,
      String description,
      Predicate<KubernetesObject> p) {
    List<CountOverTime.Point> points = new ArrayList<>();
    TreeSet<String> matching = new TreeSet<>();
    Timeline.Entry lastBefore = null;
    for (Timeline.Entry e : timeline.entries()) {
      boolean relevant = e.kind().equals(kind);
      if (window.precedes(e.time())) {
        if (relevant) update(matching, e, p);
        lastBefore = e;
        continue;
      }
      if (window.follows(e.time())) break;
      if (lastBefore != null && points.isEmpty()) {
        points.add(new CountOverTime.Point(window.after(), lastBefore, matching.size(), true));
      }
      if (!relevant) continue;
      update(matching, e, p);
      points.add(new CountOverTime.Point(e.time(), e, matching.size(), false));
    }
    if (lastBefore != null && points.isEmpty()) {
      points.add(new CountOverTime.Point(window.after(), lastBefore, matching.size(), true));
    }
    String text = window.isAll() ? description : description + " at " + window.phrase();
    return new CountOverTime(
        text, window.perInstant() ? lastPerInstant(points, CountOverTime.Point::time) : points);
  }

  private static void update(
      TreeSet<String> matching, Timeline.Entry e, Predicate<KubernetesObject> p) {
    if (e.verb() != Verb.DELETED_FINAL && p.test(e.object())) matching.add(e.key());
    else matching.remove(e.key());
  }

  private static <T> List<T> lastPerInstant(
      List<T> states, java.util.function.Function<T, Instant> time) {
    List<T> out = new ArrayList<>();
    for (int i = 0; i < states.size(); i++) {
      boolean last =
          i == states.size() - 1
              || !time.apply(states.get(i + 1)).equals(time.apply(states.get(i)));
      if (last) out.add(states.get(i));
    }
    return out;
  }

  /** {@return a state's row text: {@code #12 <write line>}, or {@code state at T (after #12)}} */
  static String rowText(Timeline.Entry write, Instant time, boolean carried) {
    if (carried) return "state at " + time + " (after #" + write.sequence() + ")";
    return "#" + write.sequence() + " " + write.line();
  }

  /** {@return the slice of count rows around the marked one} */
  static String countSlice(CountOverTime count, int marked) {
    List<Slice.Row> rows = new ArrayList<>();
    for (CountOverTime.Point p : count.points()) {
      rows.add(new Slice.Row(rowText(p.write(), p.time(), p.carried()), "count=" + p.count()));
    }
    return Slice.render(rows, marked);
  }
}
