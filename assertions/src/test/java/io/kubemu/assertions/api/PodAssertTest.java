package io.kubemu.assertions.api;

import static io.kubemu.assertions.api.Fixtures.createPod;
import static io.kubemu.assertions.api.Fixtures.event;
import static io.kubemu.assertions.api.Fixtures.expectAssertionError;
import static io.kubemu.assertions.api.Fixtures.running;
import static io.kubemu.assertions.api.Fixtures.status;
import static io.kubemu.assertions.api.Fixtures.unschedulable;
import static io.kubemu.assertions.api.KubemuAssertions.assertThat;
import static java.lang.String.format;
import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.thenThrownBy;

import io.kubemu.engine.Cluster;
import io.kubemu.model.core.ContainerState;
import io.kubemu.model.core.ContainerStateTerminated;
import io.kubemu.model.core.ContainerStatus;
import io.kubemu.model.core.Pod;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PodAssertTest {

  private final Cluster cluster = Fixtures.cluster();

  @Nested
  class Navigation {
    @Test
    void should_pass_when_the_pod_exists() {
      createPod(cluster, "app/web-0", "n1", "app", "web");
      assertThat(cluster).pod("app/web-0").isPending();
    }

    @Test
    void should_fail_when_the_pod_does_not_exist() {
      createPod(cluster, "app/web-0", "n1", "app", "web");
      AssertionError error = expectAssertionError(() -> assertThat(cluster).pod("app/web-9"));
      then(error)
          .hasMessage(
              format(
                  "%nExpecting the cluster to have pod:%n  app/web-9%nbut it has none; pods in"
                      + " namespace \"app\" are:%n  [pod/web-0 (Pending, n1)]"));
    }
  }

  @Nested
  class HasPhase {
    @Test
    void should_pass_when_the_phase_matches() {
      createPod(cluster, "app/web-0", "n1");
      running(cluster, "app/web-0", true);
      assertThat(cluster).pod("app/web-0").isRunning().hasPhase("Running");
    }

    @Test
    void should_fail_with_the_containers_states() {
      createPod(cluster, "app/web-0", "n1");
      status(
          cluster,
          "app/web-0",
          s ->
              s.withContainerStatuses(
                  List.of(
                      new ContainerStatus(
                          "web",
                          ContainerState.waiting(
                              "ImagePullBackOff", "Back-off pulling image \"nginx:9\""),
                          null,
                          false,
                          0,
                          "nginx:9",
                          null,
                          null,
                          false))));
      AssertionError error =
          expectAssertionError(() -> assertThat(cluster).pod("app/web-0").isRunning());
      then(error)
          .hasMessage(
              format(
                  "%nExpecting pod:%n  pod/web-0 (Pending, n1)%nto have phase:%n  Running%nbut"
                      + " had:%n  Pending%ncontainers:%n  web: waiting ImagePullBackOff: Back-off"
                      + " pulling image \"nginx:9\""));
    }
  }

  @Nested
  class IsReady {
    @Test
    void should_pass_when_the_ready_condition_is_true() {
      createPod(cluster, "app/web-0", "n1");
      running(cluster, "app/web-0", true);
      assertThat(cluster).pod("app/web-0").isReady();
    }

    @Test
    void should_fail_with_the_condition_reason_and_message() {
      createPod(cluster, "app/web-0", "n1");
      running(cluster, "app/web-0", false);
      AssertionError error =
          expectAssertionError(() -> assertThat(cluster).pod("app/web-0").isReady());
      then(error)
          .hasMessage(
              format(
                  "%nExpecting pod:%n  pod/web-0 (Running, n1)%nto be Ready%nbut its Ready"
                      + " condition was:%n  False (reason: ContainersNotReady, message: containers"
                      + " with unready status: [web])"));
    }

    @Test
    void should_fail_when_there_is_no_ready_condition() {
      createPod(cluster, "app/web-0", "n1");
      AssertionError error =
          expectAssertionError(() -> assertThat(cluster).pod("app/web-0").isReady());
      then(error)
          .hasMessage(
              format(
                  "%nExpecting pod:%n  pod/web-0 (Pending, n1)%nto be Ready%nbut it has no Ready"
                      + " condition"));
    }

    @Test
    void isNotReady_should_fail_for_a_ready_pod() {
      createPod(cluster, "app/web-0", "n1");
      running(cluster, "app/web-0", true);
      AssertionError error =
          expectAssertionError(() -> assertThat(cluster).pod("app/web-0").isNotReady());
      then(error)
          .hasMessage(
              format(
                  "%nExpecting pod:%n  pod/web-0 (Running, n1)%nnot to be Ready%nbut its Ready"
                      + " condition was:%n  True"));
    }
  }

  @Nested
  class HasRestartCount {
    @Test
    void should_pass_when_the_restarts_add_up() {
      createPod(cluster, "app/web-0", "n1");
      running(cluster, "app/web-0", true);
      restartOnce();
      assertThat(cluster).pod("app/web-0").hasRestartCount(1);
    }

    @Test
    void should_fail_with_the_restarts_per_container() {
      createPod(cluster, "app/web-0", "n1");
      running(cluster, "app/web-0", true);
      AssertionError error =
          expectAssertionError(() -> assertThat(cluster).pod("app/web-0").hasRestartCount(1));
      then(error)
          .hasMessage(
              format(
                  "%nExpecting pod:%n  pod/web-0 (Running, n1)%nto have restart count:%n  1%nbut"
                      + " had:%n  0 (web: 0)"));
    }
  }

  @Nested
  class HasLabelAndCondition {
    @Test
    void should_pass_when_the_label_and_condition_match() {
      createPod(cluster, "app/web-0", "n1", "app", "web");
      running(cluster, "app/web-0", true);
      assertThat(cluster)
          .pod("app/web-0")
          .hasLabel("app", "web")
          .hasCondition("PodScheduled", "True");
    }

    @Test
    void hasLabel_should_fail_with_the_labels() {
      createPod(cluster, "app/web-0", "n1", "app", "web");
      AssertionError error =
          expectAssertionError(() -> assertThat(cluster).pod("app/web-0").hasLabel("app", "api"));
      then(error)
          .hasMessage(
              format(
                  "%nExpecting pod:%n  pod/web-0 (Pending, n1)%nto have label:%n  app=api%nbut"
                      + " had:%n  {app=web}"));
    }

    @Test
    void hasCondition_should_fail_with_the_condition() {
      createPod(cluster, "app/web-0", "n1");
      running(cluster, "app/web-0", false);
      AssertionError error =
          expectAssertionError(
              () -> assertThat(cluster).pod("app/web-0").hasCondition("Ready", "True"));
      then(error)
          .hasMessage(
              format(
                  "%nExpecting pod:%n  pod/web-0 (Running, n1)%nto have condition:%n "
                      + " Ready=True%nbut had:%n  Ready=False (reason: ContainersNotReady, message:"
                      + " containers with unready status: [web])"));
    }
  }

  @Nested
  class IsTerminating {
    @Test
    void should_pass_after_a_graceful_delete() {
      createPod(cluster, "app/web-0", "n1");
      cluster.delete(Pod.class, "app/web-0");
      assertThat(cluster).pod("app/web-0").isTerminating();
    }

    @Test
    void should_fail_for_a_live_pod() {
      createPod(cluster, "app/web-0", "n1");
      AssertionError error =
          expectAssertionError(() -> assertThat(cluster).pod("app/web-0").isTerminating());
      then(error)
          .hasMessage(
              format(
                  "%nExpecting pod:%n  pod/web-0 (Pending, n1)%nto have a deletionTimestamp:%n "
                      + " set%nbut had:%n  none"));
    }
  }

  @Nested
  class IsScheduledOn {
    @Test
    void should_pass_when_bound_to_the_node() {
      createPod(cluster, "app/web-0", "n2");
      assertThat(cluster).pod("app/web-0").isScheduledOn("n2");
    }

    @Test
    void should_fail_when_bound_elsewhere() {
      createPod(cluster, "app/web-0", "n1");
      AssertionError error =
          expectAssertionError(() -> assertThat(cluster).pod("app/web-0").isScheduledOn("n2"));
      then(error)
          .hasMessage(
              format(
                  "%nExpecting pod:%n  pod/web-0 (Pending, n1)%nto be scheduled on node:%n  n2%nbut"
                      + " was on node:%n  n1"));
    }

    @Test
    void should_fail_with_the_schedulers_message_when_not_scheduled() {
      createPod(cluster, "app/big", null);
      unschedulable(cluster, "app/big", "0/3 nodes are available: 3 Insufficient cpu.");
      AssertionError error =
          expectAssertionError(() -> assertThat(cluster).pod("app/big").isScheduledOn("n2"));
      then(error)
          .hasMessage(
              format(
                  "%nExpecting pod:%n  pod/big (Pending)%nto be scheduled on node:%n  n2%nbut it"
                      + " was not scheduled:%n  0/3 nodes are available: 3 Insufficient cpu."));
    }
  }

  @Nested
  class IsPendingWithFailedScheduling {
    @Test
    void should_pass_with_the_pod_scheduled_condition() {
      createPod(cluster, "app/big", null);
      Pod pod = unschedulable(cluster, "app/big", "0/3 nodes are available: 3 Insufficient cpu.");
      assertThat(pod).isPendingWithFailedScheduling("Insufficient cpu");
    }

    @Test
    void should_pass_with_a_failed_scheduling_event() {
      Pod pod = createPod(cluster, "app/big", null);
      event(
          cluster,
          pod,
          "Warning",
          "FailedScheduling",
          "0/3 nodes are available: 3 Insufficient memory.");
      assertThat(cluster).pod("app/big").isPendingWithFailedScheduling("Insufficient memory");
    }

    @Test
    void should_fail_when_scheduled() {
      createPod(cluster, "app/web-0", "n1");
      AssertionError error =
          expectAssertionError(
              () ->
                  assertThat(cluster)
                      .pod("app/web-0")
                      .isPendingWithFailedScheduling("Insufficient cpu"));
      then(error)
          .hasMessage(
              format(
                  "%nExpecting pod:%n  pod/web-0 (Pending, n1)%nto be Pending with a"
                      + " FailedScheduling message containing:%n  \"Insufficient cpu\"%nbut it was"
                      + " scheduled on node:%n  n1"));
    }

    @Test
    void should_fail_listing_the_other_messages() {
      createPod(cluster, "app/big", null);
      unschedulable(
          cluster,
          "app/big",
          "0/3 nodes are available: 3 node(s) didn't match Pod's node affinity/selector.");
      AssertionError error =
          expectAssertionError(
              () ->
                  assertThat(cluster)
                      .pod("app/big")
                      .isPendingWithFailedScheduling("Insufficient cpu"));
      then(error)
          .hasMessage(
              format(
                  "%nExpecting pod:%n  pod/big (Pending)%nto be Pending with a FailedScheduling"
                      + " message containing:%n  \"Insufficient cpu\"%nbut its scheduling failure"
                      + " messages were:%n  [\"0/3 nodes are available: 3 node(s) didn't match"
                      + " Pod's node affinity/selector.\"]"));
    }

    @Test
    void should_fail_without_any_message() {
      createPod(cluster, "app/big", null);
      AssertionError error =
          expectAssertionError(
              () ->
                  assertThat(cluster)
                      .pod("app/big")
                      .isPendingWithFailedScheduling("Insufficient cpu"));
      then(error)
          .hasMessage(
              format(
                  "%nExpecting pod:%n  pod/big (Pending)%nto be Pending with a FailedScheduling"
                      + " message containing:%n  \"Insufficient cpu\"%nbut it has no scheduling"
                      + " failure message (no PodScheduled=False condition, no FailedScheduling"
                      + " event)"));
    }
  }

  @Nested
  class Container {
    @Test
    void should_pass_for_the_container_state() {
      createPod(cluster, "app/web-0", "n1");
      running(cluster, "app/web-0", true);
      restartOnce();
      assertThat(cluster)
          .pod("app/web-0")
          .container("web")
          .isWaitingWithReason("CrashLoopBackOff")
          .hasRestartCount(1)
          .returnToPod()
          .hasRestartCount(1);
    }

    @Test
    void should_fail_with_the_actual_state() {
      createPod(cluster, "app/web-0", "n1");
      running(cluster, "app/web-0", true);
      AssertionError error =
          expectAssertionError(
              () ->
                  assertThat(cluster)
                      .pod("app/web-0")
                      .container("web")
                      .isWaitingWithReason("CrashLoopBackOff"));
      then(error)
          .hasMessage(
              format(
                  "%nExpecting container \"web\" of pod:%n  pod/web-0 (Running, n1)%nto be waiting"
                      + " with reason CrashLoopBackOff%nbut was:%n  running since"
                      + " 2026-01-01T00:00:00Z"));
    }

    @Test
    void should_fail_for_the_terminated_reason() {
      createPod(cluster, "app/job-0", "n1");
      status(
          cluster,
          "app/job-0",
          s ->
              s.withPhase("Failed")
                  .withContainerStatuses(
                      List.of(
                          new ContainerStatus(
                              "web",
                              ContainerState.terminated(
                                  new ContainerStateTerminated(
                                      1, null, "Error", null, null, null, null)),
                              null,
                              false,
                              0,
                              "busybox",
                              null,
                              null,
                              false))));
      assertThat(cluster)
          .pod("app/job-0")
          .container("web")
          .isTerminated()
          .isTerminatedWithReason("Error");
      AssertionError error =
          expectAssertionError(
              () ->
                  assertThat(cluster)
                      .pod("app/job-0")
                      .container("web")
                      .isTerminatedWithReason("Completed"));
      then(error)
          .hasMessage(
              format(
                  "%nExpecting container \"web\" of pod:%n  pod/job-0 (Failed, n1)%nto be"
                      + " terminated with reason Completed%nbut was:%n  terminated Error (exit code"
                      + " 1)"));
    }

    @Test
    void should_fail_when_the_pod_has_no_such_container() {
      createPod(cluster, "app/web-0", "n1");
      running(cluster, "app/web-0", true);
      AssertionError error =
          expectAssertionError(() -> assertThat(cluster).pod("app/web-0").container("sidecar"));
      then(error)
          .hasMessage(
              format(
                  "%nExpecting pod:%n  pod/web-0 (Running, n1)%nto have a container status named:%n"
                      + "  \"sidecar\"%nbut had:%n  [\"web\"]"));
    }
  }

  @Nested
  class Events {
    @Test
    void should_pass_when_an_event_matches_and_the_reasons_are_in_order() {
      Pod pod = createPod(cluster, "app/web-0", "n1");
      event(cluster, pod, "Normal", "Scheduled", "Successfully assigned app/web-0 to n1");
      cluster.advance(Duration.ofSeconds(1));
      event(
          cluster,
          pod,
          "Normal",
          "Pulled",
          "Container image \"nginx:1.25\" already present on machine");
      cluster.advance(Duration.ofSeconds(1));
      event(cluster, pod, "Normal", "Started", "Started container web");
      assertThat(cluster)
          .pod("app/web-0")
          .hasEvent("Normal", "Pulled", "already present")
          .hasEvent(null, "Started", null)
          .hasEventsInOrder("Scheduled", "Started");
    }

    @Test
    void hasEvent_should_fail_printing_the_events() {
      Pod pod = createPod(cluster, "app/web-0", "n1");
      event(cluster, pod, "Normal", "Scheduled", "Successfully assigned app/web-0 to n1");
      AssertionError error =
          expectAssertionError(
              () ->
                  assertThat(cluster).pod("app/web-0").hasEvent("Warning", "BackOff", "Back-off"));
      then(error)
          .hasMessage(
              format(
                  "%nExpecting the events of pod/web-0:%n  [Normal Scheduled pod/web-0:"
                      + " Successfully assigned app/web-0 to n1]%nto contain an event with type"
                      + " Warning, reason BackOff and a message containing \"Back-off\"%nbut none"
                      + " had"));
    }

    @Test
    void hasEventsInOrder_should_fail_naming_the_missing_reason() {
      Pod pod = createPod(cluster, "app/web-0", "n1");
      event(cluster, pod, "Normal", "Scheduled", "Successfully assigned app/web-0 to n1");
      cluster.advance(Duration.ofSeconds(1));
      event(
          cluster,
          pod,
          "Normal",
          "Pulled",
          "Container image \"nginx:1.25\" already present on machine");
      AssertionError error =
          expectAssertionError(
              () -> assertThat(cluster).pod("app/web-0").hasEventsInOrder("Pulled", "Scheduled"));
      then(error)
          .hasMessage(
              format(
                  "%nExpecting the events of pod/web-0 to have these reasons, in order:%n "
                      + " [\"Pulled\", \"Scheduled\"]%nbut there was no Scheduled event after"
                      + " Pulled; the reasons were, in order:%n  [\"Scheduled\", \"Pulled\"]"));
    }

    @Test
    void events_should_need_the_cluster() {
      Pod pod = createPod(cluster, "app/web-0", "n1");
      thenThrownBy(() -> assertThat(pod).events())
          .isInstanceOf(IllegalStateException.class)
          .hasMessage(
              "events() needs the cluster: start from KubemuAssertions.assertThat(cluster)");
    }
  }

  private void restartOnce() {
    status(
        cluster,
        "app/web-0",
        s ->
            s.withContainerStatuses(
                List.of(
                    new ContainerStatus(
                        "web",
                        ContainerState.waiting(
                            "CrashLoopBackOff", "back-off 10s restarting failed container=web"),
                        ContainerState.terminated(
                            new ContainerStateTerminated(1, null, "Error", null, null, null, null)),
                        false,
                        1,
                        "nginx:1.25",
                        null,
                        null,
                        false))));
  }
}
