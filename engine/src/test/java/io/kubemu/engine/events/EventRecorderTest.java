package io.kubemu.engine.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kubemu.engine.api.ApiServer;
import io.kubemu.engine.api.ListOptions;
import io.kubemu.engine.time.EventLoop;
import io.kubemu.manifest.Manifests;
import io.kubemu.model.core.Event;
import io.kubemu.model.core.Node;
import io.kubemu.model.core.Pod;
import io.kubemu.model.meta.ObjectMeta;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EventRecorderTest {
  static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");

  final EventLoop loop = new EventLoop(T0, 1);
  final ApiServer api = new ApiServer(loop);
  final EventRecorder recorder = new EventRecorder(api);
  final Pod pod =
      api.create(
          Manifests.readOne(
              """
              apiVersion: v1
              kind: Pod
              metadata: {name: web-1, namespace: app}
              spec: {nodeName: n1, containers: [{name: web, image: nginx}]}
              """,
              Pod.class));

  Event record(String reason, String message) {
    return recorder.record(pod, "Normal", reason, message, "kubelet", "n1").orElseThrow();
  }

  @Test
  void anEventDescribesTheInvolvedObjectAndItsSource() {
    loop.advance(Duration.ofMillis(1500));
    Event e = record("Pulled", "Successfully pulled image \"nginx\"");

    assertThat(e.metadata().name()).isEqualTo("web-1.17a610175acd2f00");
    assertThat(e.metadata().namespace()).isEqualTo("app");
    assertThat(e.involvedObject().kind()).isEqualTo("Pod");
    assertThat(e.involvedObject().apiVersion()).isEqualTo("v1");
    assertThat(e.involvedObject().namespace()).isEqualTo("app");
    assertThat(e.involvedObject().name()).isEqualTo("web-1");
    assertThat(e.involvedObject().uid()).isEqualTo(pod.metadata().uid());
    assertThat(e.involvedObject().resourceVersion()).isEqualTo(pod.metadata().resourceVersion());
    assertThat(e.source().component()).isEqualTo("kubelet");
    assertThat(e.source().host()).isEqualTo("n1");
    assertThat(e.reportingComponent()).isEqualTo("kubelet");
    assertThat(e.reportingInstance()).isEqualTo("n1");
    assertThat(e.count()).isEqualTo(1);
    assertThat(e.firstTimestamp()).isEqualTo(T0.plusMillis(1500));
    assertThat(e.lastTimestamp()).isEqualTo(T0.plusMillis(1500));
    assertThat(e.type()).isEqualTo("Normal");
  }

  @Test
  void eventsAboutClusterScopedObjectsLiveInDefault() {
    Node node = api.create(new Node(ObjectMeta.named("n1"), null, null));
    Event e =
        recorder
            .record(node, "Normal", "Starting", "Starting kubelet.", "kubelet", "n1")
            .orElseThrow();
    assertThat(e.metadata().namespace()).isEqualTo("default");
    assertThat(e.involvedObject().namespace()).isNull();
  }

  @Test
  void repeatsRaiseTheCountOfTheFirstEvent() {
    Event first = record("BackOff", "Back-off restarting failed container");
    loop.advance(Duration.ofSeconds(10));
    Event second = record("BackOff", "Back-off restarting failed container");
    loop.advance(Duration.ofSeconds(20));
    Event third = record("BackOff", "Back-off restarting failed container");

    assertThat(third.metadata().name()).isEqualTo(first.metadata().name());
    assertThat(second.count()).isEqualTo(2);
    assertThat(third.count()).isEqualTo(3);
    assertThat(third.firstTimestamp()).isEqualTo(T0);
    assertThat(third.lastTimestamp()).isEqualTo(T0.plusSeconds(30));
    assertThat(api.list(Event.class, "app")).containsExactly(third);
  }

  @Test
  void aDifferentMessageOrReasonIsANewEventUniquelyNamed() {
    Event a = record("Pulling", "Pulling image \"nginx\"");
    Event b = record("Pulled", "Successfully pulled image \"nginx\"");

    assertThat(b.metadata().name()).isNotEqualTo(a.metadata().name());
    assertThat(b.metadata().name()).startsWith("web-1.");
    assertThat(api.list(Event.class, "app")).hasSize(2);
  }

  @Test
  void tenSimilarEventsWithinTenMinutesAreCombined() {
    // EventAggregator: the 10th distinct message for the same reason becomes an aggregate
    for (int i = 1; i <= 9; i++) record("FailedMount", "volume " + i + " not ready");
    Event tenth = record("FailedMount", "volume 10 not ready");
    Event eleventh = record("FailedMount", "volume 11 not ready");

    assertThat(tenth.message()).isEqualTo("(combined from similar events): volume 10 not ready");
    assertThat(eleventh.metadata().name()).isEqualTo(tenth.metadata().name());
    assertThat(eleventh.count()).isEqualTo(2);
    assertThat(eleventh.message()).isEqualTo("(combined from similar events): volume 11 not ready");
    assertThat(api.list(Event.class, "app")).hasSize(10);
  }

  @Test
  void aSourceMayBurst25EventsAboutAnObjectThenOneEveryFiveMinutes() {
    // EventSourceObjectSpamFilter: burst 25, refill 1/300 s
    for (int i = 0; i < 25; i++) {
      assertThat(recorder.record(pod, "Normal", "Probe", "same", "kubelet", "n1")).isPresent();
    }
    assertThat(recorder.record(pod, "Normal", "Probe", "same", "kubelet", "n1")).isEmpty();
    loop.advance(Duration.ofMinutes(5));
    Optional<Event> after = recorder.record(pod, "Normal", "Probe", "same", "kubelet", "n1");
    assertThat(after).isPresent();
    assertThat(after.get().count()).isEqualTo(26);
  }

  @Test
  void eventsInATerminatingNamespaceAreDropped() {
    api.delete(io.kubemu.model.core.Namespace.class, null, "app");
    assertThat(
            recorder.record(pod, "Warning", "Killing", "Stopping container web", "kubelet", "n1"))
        .isEmpty();
  }

  @Test
  void onlyNormalAndWarningAreAccepted() {
    assertThatThrownBy(() -> recorder.record(pod, "Info", "X", "y", "kubelet", "n1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Unsupported event type: \"Info\"");
  }

  @Test
  void componentRecordersFormatMessages() {
    EventRecorder.ComponentRecorder dc = recorder.forComponent("deployment-controller", null);
    Event e =
        dc.eventf(pod, "Normal", "ScalingReplicaSet", "Scaled up replica set %s to %d", "web-1", 3)
            .orElseThrow();
    assertThat(e.message()).isEqualTo("Scaled up replica set web-1 to 3");
    assertThat(e.source().component()).isEqualTo("deployment-controller");
    List<Event> byReason =
        api.list(Event.class, ListOptions.all().fields("reason=ScalingReplicaSet")).items();
    assertThat(byReason).containsExactly(e);
  }
}
