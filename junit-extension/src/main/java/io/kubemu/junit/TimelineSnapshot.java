package io.kubemu.junit;

import io.kubemu.engine.Cluster;
import io.kubemu.engine.events.Timeline;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * What a failure report shows: a copy of a cluster's timeline and its virtual time span.
 *
 * @param start the cluster's virtual start time
 * @param end the virtual time when the snapshot was taken
 * @param entries every write, in order
 * @param testFrom the sequence number of the first write made while the test ran (0 unless the
 *     cluster is shared by the class)
 */
record TimelineSnapshot(Instant start, Instant end, List<Timeline.Entry> entries, long testFrom) {

  TimelineSnapshot {
    entries = List.copyOf(entries);
  }

  /** {@return a snapshot of the cluster's timeline} */
  static TimelineSnapshot of(Cluster cluster, long testFrom) {
    return new TimelineSnapshot(
        cluster.loop().startTime(), cluster.now(), cluster.timeline().entries(), testFrom);
  }

  /** {@return the entries written while the test ran} */
  List<Timeline.Entry> testEntries() {
    return entries.stream().filter(e -> e.sequence() >= testFrom).toList();
  }

  /** {@return the virtual time since the start, e.g. {@code +65s} or {@code +1.5s}} */
  String offset(Instant time) {
    return "+" + seconds(Duration.between(start, time));
  }

  /** {@return a duration in seconds, e.g. {@code 65s}, {@code 0.25s}} */
  static String seconds(Duration d) {
    if (d.getNano() == 0) return d.getSeconds() + "s";
    String s = String.format(Locale.ROOT, "%.3f", d.toNanos() / 1e9);
    return s.replaceAll("0+$", "") + "s";
  }
}
