package io.kubemu.assertions.api;

import static io.kubemu.assertions.api.Fixtures.createPod;
import static io.kubemu.assertions.api.Fixtures.event;
import static io.kubemu.assertions.api.Fixtures.expectAssertionError;
import static io.kubemu.assertions.api.KubemuAssertions.assertThat;
import static io.kubemu.assertions.api.KubemuAssertions.assertThatEvents;
import static java.lang.String.format;
import static org.assertj.core.api.BDDAssertions.then;

import io.kubemu.engine.Cluster;
import io.kubemu.engine.events.EventRecorder;
import io.kubemu.model.core.Event;
import io.kubemu.model.core.Pod;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class EventAssertTest {

  private final Cluster cluster = Fixtures.cluster();

  @Test
  void should_pass_for_type_reason_message_and_count() {
    Pod pod = createPod(cluster, "app/demo", "n1");
    EventRecorder.ComponentRecorder kubelet =
        new EventRecorder(cluster.api()).forComponent("kubelet", "n1");
    kubelet.event(pod, "Warning", "BackOff", "Back-off restarting failed container web");
    cluster.advance(Duration.ofSeconds(10));
    Event twice =
        kubelet
            .event(pod, "Warning", "BackOff", "Back-off restarting failed container web")
            .orElseThrow();
    assertThat(twice)
        .isWarning()
        .hasReason("BackOff")
        .hasMessageContaining("restarting")
        .hasCount(2);
    assertThat(cluster).events(Pod.class, "app/demo").hasSize(1).first().hasCount(2);
    assertThatEvents(cluster.events(pod)).containsEvent(null, "BackOff", null);
  }

  @Test
  void hasReason_should_fail_with_the_reason_found() {
    Pod pod = createPod(cluster, "app/demo", "n1");
    Event e = event(cluster, pod, "Normal", "Scheduled", "Successfully assigned app/demo to n1");
    AssertionError error =
        expectAssertionError(() -> assertThat(e).isNormal().hasReason("FailedScheduling"));
    then(error)
        .hasMessage(
            format(
                "%nExpecting event:%n  Normal Scheduled pod/demo: Successfully assigned app/demo to"
                    + " n1%nto have reason:%n  FailedScheduling%nbut had:%n  Scheduled"));
  }

  @Test
  void hasMessageContaining_should_fail_with_the_message() {
    Pod pod = createPod(cluster, "app/demo", "n1");
    Event e = event(cluster, pod, "Normal", "Scheduled", "Successfully assigned app/demo to n1");
    AssertionError error = expectAssertionError(() -> assertThat(e).hasMessageContaining("n2"));
    then(error)
        .hasMessage(
            format(
                "%nExpecting event:%n  Normal Scheduled pod/demo: Successfully assigned app/demo to"
                    + " n1%nto have a message containing:%n  \"n2\"%nbut had:%n  \"Successfully"
                    + " assigned app/demo to n1\""));
  }

  @Test
  void containsEvent_on_a_plain_list_should_fail_printing_the_events() {
    AssertionError error =
        expectAssertionError(
            () -> assertThatEvents(java.util.List.of()).containsEvent("Warning", null, null));
    then(error)
        .hasMessage(
            format(
                "%nExpecting events:%n  []%nto contain an event with type Warning%nbut none had"));
  }

  @Test
  void events_of_a_missing_object_should_fail() {
    AssertionError error =
        expectAssertionError(() -> assertThat(cluster).events(Pod.class, "app/nope"));
    then(error)
        .hasMessage(
            format(
                "%nExpecting the cluster to have pod:%n  app/nope%nbut it has none; pods in"
                    + " namespace \"app\" are:%n  []"));
  }
}
