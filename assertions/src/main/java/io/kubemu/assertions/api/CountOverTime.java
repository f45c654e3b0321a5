package io.kubemu.assertions.api;

import io.kubemu.engine.events.Timeline;
import java.time.Instant;
import java.util.List;

/**
 * How many objects matched a condition at each state of a timeline window: the actual value of
 * {@link TimelineCountAssert}.
 *
 * @param description what is counted, e.g. {@code pods matching app=web}
 * @param points the count after each write that could change it, in order
 */
public record CountOverTime(String description, List<Point> points) {

  /**
   * The count at one state.
   *
   * @param time the virtual time of the state
   * @param write the write that led to it (for the state a window starts with, the last write
   *     before the window)
   * @param count the count
   * @param carried whether this is the state a window starts with rather than a write within it
   */
  public record Point(Instant time, Timeline.Entry write, int count, boolean carried) {}

  public CountOverTime {
    points = List.copyOf(points);
  }

  /** {@return the largest count, 0 when no state was counted} */
  public int max() {
    return points.stream().mapToInt(Point::count).max().orElse(0);
  }

  /** {@return the smallest count, 0 when no state was counted} */
  public int min() {
    return points.stream().mapToInt(Point::count).min().orElse(0);
  }

  @Override
  public String toString() {
    return "number of " + description + " over " + points.size() + " states";
  }
}
