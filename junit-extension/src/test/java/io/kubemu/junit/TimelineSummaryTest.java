package io.kubemu.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubemu.engine.api.Verb;
import io.kubemu.model.core.Event;
import io.kubemu.model.core.ObjectReference;
import io.kubemu.model.meta.ObjectMeta;
import org.junit.jupiter.api.Test;

class TimelineSummaryTest {

  private static TimelineSnapshot withEvent() {
    TimelineSnapshot rollout = PodHistoryTest.rollout();
    Fixtures.TimelineBuilder b = new Fixtures.TimelineBuilder();
    for (var e : rollout.entries()) {
      b.write(
          java.time.Duration.between(Fixtures.START, e.time()).toSeconds(), e.verb(), e.object());
    }
    Event created =
        new Event(
            ObjectMeta.named("default", "web-b.1"),
            new ObjectReference("ReplicaSet", "default", "web-b", null, "apps/v1", null, null),
            "SuccessfulCreate",
            "Created pod: web-b-1",
            null,
            Fixtures.START.plusSeconds(10),
            Fixtures.START.plusSeconds(10),
            1,
            Event.TYPE_NORMAL,
            null,
            null,
            null,
            null,
            null);
    b.write(17, Verb.CREATE, created);
    b.write(
        18,
        Verb.UPDATE,
        new Event(
            created.metadata(),
            created.involvedObject(),
            created.reason(),
            created.message(),
            null,
            created.firstTimestamp(),
            Fixtures.START.plusSeconds(11),
            2,
            created.type(),
            null,
            null,
            null,
            null,
            null));
    return b.snapshot(20);
  }

  @Test
  void renders_pods_per_owner_pods_events_and_writes() {
    TimelineSnapshot snapshot = withEvent();

    String text =
        TimelineSummary.render(
            snapshot, PodHistory.of(snapshot), "MyTest.rolls_out()", "/tmp/r.html", 10_000);

    assertThat(text)
        .isEqualTo(
            String.join(
                "\n",
                "kubemu timeline of MyTest.rolls_out(): virtual time 2026-01-01T00:00:00Z to"
                    + " 2026-01-01T00:00:20Z (+20s), 15 writes",
                "HTML report: /tmp/r.html",
                "Pods per owner (pods/ready from the time shown):",
                "  ReplicaSet default/web-a (revision 1): +0s 2/0, +5s 2/2, +13s 2/1, +15s 1/1",
                "  ReplicaSet default/web-b (revision 2): +10s 1/0, +12s 1/1",
                "  (no controller): +16s 1/0",
                "Pods at the end:",
                "  default/web-a-2 Ready",
                "  default/web-b-1 Ready",
                "  default/standalone Pending",
                "Events:",
                "  +17s Normal SuccessfulCreate ReplicaSet default/web-b: Created pod: web-b-1"
                    + " (x2)",
                "Writes:",
                "  2026-01-01T00:00:00Z rv=1 create ReplicaSet.apps default/web-a",
                "  2026-01-01T00:00:00Z rv=2 create Pod default/web-a-1",
                "  2026-01-01T00:00:00Z rv=3 create Pod default/web-a-2",
                "  2026-01-01T00:00:02Z rv=4 updateStatus Pod default/web-a-1",
                "  2026-01-01T00:00:02Z rv=5 updateStatus Pod default/web-a-2",
                "  2026-01-01T00:00:05Z rv=6 updateStatus Pod default/web-a-1",
                "  2026-01-01T00:00:05Z rv=7 updateStatus Pod default/web-a-2",
                "  2026-01-01T00:00:10Z rv=8 create ReplicaSet.apps default/web-b",
                "  2026-01-01T00:00:10Z rv=9 create Pod default/web-b-1",
                "  2026-01-01T00:00:12Z rv=10 updateStatus Pod default/web-b-1",
                "  2026-01-01T00:00:13Z rv=11 delete Pod default/web-a-1",
                "  2026-01-01T00:00:15Z rv=12 deleted-final Pod default/web-a-1",
                "  2026-01-01T00:00:16Z rv=13 create Pod default/standalone",
                "  2026-01-01T00:00:17Z rv=14 create Event default/web-b.1",
                "  2026-01-01T00:00:18Z rv=15 update Event default/web-b.1"));
  }

  @Test
  void caps_the_text_at_a_line_end_with_a_note() {
    TimelineSnapshot snapshot = withEvent();

    String text = TimelineSummary.render(snapshot, PodHistory.of(snapshot), "T.t()", null, 300);

    assertThat(text.length()).isLessThanOrEqualTo(300);
    assertThat(text)
        .startsWith("kubemu timeline of T.t()")
        .endsWith("\n… (cut at 300 characters; the HTML report has everything)");
  }

  @Test
  void formats_virtual_offsets_in_seconds() {
    assertThat(TimelineSnapshot.seconds(java.time.Duration.ofMillis(1500))).isEqualTo("1.5s");
    assertThat(TimelineSnapshot.seconds(java.time.Duration.ofMinutes(2))).isEqualTo("120s");
    assertThat(TimelineSnapshot.seconds(java.time.Duration.ofMillis(250))).isEqualTo("0.25s");
  }
}
