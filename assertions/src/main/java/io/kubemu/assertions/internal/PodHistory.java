package io.kubemu.assertions.internal;

import io.kubemu.engine.api.Verb;
import io.kubemu.engine.events.Timeline;
import io.kubemu.model.core.Pod;
import java.util.List;

/**
 * The writes of one pod on the timeline, in order, and the milestones read from them.
 *
 * @param key {@code namespace/name}
 * @param points the pod's writes
 */
public record PodHistory(String key, List<Point> points) {

  /**
   * One write of the pod.
   *
   * @param entry the timeline entry
   * @param pod its snapshot
   */
  public record Point(Timeline.Entry entry, Pod pod) {}

  public PodHistory {
    points = List.copyOf(points);
  }

  /** {@return the pod's writes on the timeline} */
  public static PodHistory of(Timeline timeline, String key) {
    return new PodHistory(
        key, timeline.of(Pod.class, key).stream().map(e -> new Point(e, e.as(Pod.class))).toList());
  }

  /** {@return the first write showing the milestone, or null} */
  public Point first(Milestone milestone) {
    for (Point p : points) {
      if (milestone.reachedAt(p)) return p;
    }
    return null;
  }

  /** {@return the last write before the sequence number, or null} */
  public Point lastBefore(long sequence) {
    Point last = null;
    for (Point p : points) {
      if (p.entry().sequence() >= sequence) break;
      last = p;
    }
    return last;
  }

  /** {@return whether the pod existed and was Ready just before the sequence number} */
  public boolean readyBefore(long sequence) {
    Point last = lastBefore(sequence);
    return last != null
        && last.entry().verb() != Verb.DELETED_FINAL
        && PodStates.isReady(last.pod());
  }
}
