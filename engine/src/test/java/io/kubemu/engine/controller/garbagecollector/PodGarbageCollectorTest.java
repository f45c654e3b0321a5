package io.kubemu.engine.controller.garbagecollector;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubemu.engine.api.ApiServer;
import io.kubemu.engine.api.Verb;
import io.kubemu.engine.api.admission.DefaultAdmission;
import io.kubemu.engine.controller.ControllerContext;
import io.kubemu.engine.events.EventRecorder;
import io.kubemu.engine.events.Timeline;
import io.kubemu.engine.time.EventLoop;
import io.kubemu.manifest.Manifests;
import io.kubemu.model.core.Node;
import io.kubemu.model.core.Pod;
import io.kubemu.model.core.PodCondition;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The pod GC's passes (upstream gc_controller_test.go's cases, by behaviour): orphaned pods after
 * the 40 s quarantine, terminated pods over the threshold, terminating pods on out-of-service
 * nodes, unscheduled terminating pods. No kubelet runs: pods only change by the GC's writes.
 */
class PodGarbageCollectorTest {
  static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  final EventLoop loop = new EventLoop(T0, 1);
  final Timeline timeline = new Timeline();
  final ApiServer api = new ApiServer(loop, ApiServer.Options.DEFAULT, timeline);
  final ControllerContext ctx = new ControllerContext(api, loop, new EventRecorder(api));

  PodGarbageCollectorTest() {
    DefaultAdmission.install(api);
  }

  Node node(String name, boolean ready, String taint) {
    return api.create(
        Manifests.readOne(
            """
            apiVersion: v1
            kind: Node
            metadata: {name: %s}
            spec: {taints: [%s]}
            status: {conditions: [{type: Ready, status: "%s"}]}
            """
                .formatted(
                    name,
                    taint == null ? "" : "{key: " + taint + ", effect: NoExecute}",
                    ready ? "True" : "False"),
            Node.class));
  }

  Pod pod(String name, String node, String phase) {
    Pod p =
        api.create(
            Manifests.readOne(
                """
                apiVersion: v1
                kind: Pod
                metadata: {name: %s, namespace: default}
                spec:
                  %s
                  containers: [{name: c, image: nginx}]
                """
                    .formatted(name, node == null ? "" : "nodeName: " + node),
                Pod.class));
    return api.updateStatus(p.withStatus(p.status().withPhase(phase)));
  }

  boolean exists(String name) {
    return api.find(Pod.class, "default", name).isPresent();
  }

  /** The pod's last stored state (from the timeline, so also once it is gone). */
  Pod last(String name) {
    List<Pod> h = timeline.history(Pod.class, "default/" + name);
    return h.get(h.size() - 1);
  }

  void start(int threshold) {
    new PodGarbageCollector(
            ctx,
            threshold,
            PodGarbageCollector.GC_CHECK_PERIOD,
            PodGarbageCollector.QUARANTINE_TIME)
        .start();
  }

  @Test
  void orphaned_pods_go_after_the_quarantine_marked_failed_with_a_disruption_condition() {
    node("n1", true, null);
    pod("kept", "n1", Pod.PHASE_RUNNING);
    pod("orphan", "gone", Pod.PHASE_RUNNING);
    start(0);

    loop.advance(Duration.ofSeconds(39)); // passes at 0s and 20s: quarantined since 0s
    assertThat(exists("orphan")).isTrue();
    loop.advance(Duration.ofSeconds(1)); // the pass at 40s: quarantine over, the GET misses
    assertThat(exists("orphan")).isFalse();
    assertThat(exists("kept")).isTrue();

    Pod lastState = last("orphan");
    assertThat(lastState.status().phase()).isEqualTo(Pod.PHASE_FAILED);
    PodCondition c = lastState.status().condition(PodCondition.DISRUPTION_TARGET);
    assertThat(c.status()).isEqualTo("True");
    assertThat(c.reason()).isEqualTo("DeletionByPodGC");
    assertThat(c.message()).isEqualTo("PodGC: node no longer exists");
    assertThat(timeline.of(Pod.class, "default/orphan"))
        .extracting(Timeline.Entry::verb)
        .endsWith(Verb.UPDATE_STATUS, Verb.DELETE, Verb.DELETED_FINAL);
  }

  @Test
  void a_node_that_shows_up_during_the_quarantine_keeps_its_pods() {
    pod("early", "late-node", Pod.PHASE_PENDING);
    start(0);
    loop.advance(Duration.ofSeconds(30));
    node("late-node", true, null);
    loop.advance(Duration.ofMinutes(5));
    assertThat(exists("early")).isTrue();
  }

  @Test
  void terminated_pods_over_the_threshold_go_evicted_first_then_oldest() {
    node("n1", true, null);
    pod("old", "n1", Pod.PHASE_SUCCEEDED);
    loop.advance(Duration.ofSeconds(1));
    pod("middle", "n1", Pod.PHASE_FAILED);
    loop.advance(Duration.ofSeconds(1));
    Pod evicted = pod("evicted", "n1", Pod.PHASE_FAILED);
    api.updateStatus(evicted.withStatus(evicted.status().withReason("Evicted")));
    pod("young", "n1", Pod.PHASE_SUCCEEDED);
    pod("running", "n1", Pod.PHASE_RUNNING);
    start(2);
    loop.runDue();
    assertThat(api.list(Pod.class, "default"))
        .extracting(p -> p.metadata().name())
        .containsExactlyInAnyOrder("middle", "young", "running");
  }

  @Test
  void terminating_pods_on_an_out_of_service_node_that_is_not_ready_go() {
    node("down", false, PodGarbageCollector.TAINT_NODE_OUT_OF_SERVICE);
    node("up", true, PodGarbageCollector.TAINT_NODE_OUT_OF_SERVICE);
    pod("on-down", "down", Pod.PHASE_RUNNING);
    pod("on-up", "up", Pod.PHASE_RUNNING);
    pod("on-down-not-terminating", "down", Pod.PHASE_RUNNING);
    api.delete(Pod.class, "default", "on-down");
    api.delete(Pod.class, "default", "on-up");
    start(0);
    loop.runDue();
    assertThat(exists("on-down")).isFalse();
    assertThat(last("on-down").status().phase()).isEqualTo(Pod.PHASE_FAILED);
    assertThat(exists("on-up")).isTrue(); // its node is Ready: the kubelet finishes the job
    assertThat(exists("on-down-not-terminating")).isTrue();
  }

  @Test
  void unscheduled_terminating_pods_are_marked_failed_and_deleted() {
    Pod p =
        api.create(
            Manifests.readOne(
                """
                apiVersion: v1
                kind: Pod
                metadata: {name: held, namespace: default, finalizers: [example.com/hold]}
                spec: {containers: [{name: c, image: nginx}]}
                """,
                Pod.class));
    api.delete(Pod.class, "default", "held");
    assertThat(api.get(Pod.class, "default", "held").metadata().deletionTimestamp()).isNotNull();
    start(0);
    loop.runDue();
    // the finalizer still holds it, but it is Failed now, as upstream's force delete leaves it
    assertThat(api.get(Pod.class, "default", "held").status().phase()).isEqualTo(Pod.PHASE_FAILED);
    assertThat(p.metadata().uid())
        .isEqualTo(api.get(Pod.class, "default", "held").metadata().uid());
  }

  @Test
  void passes_run_every_20_seconds_in_the_background() {
    start(0);
    assertThat(loop.pending(10)).anyMatch(s -> s.contains("pod-garbage-collector gc"));
    assertThat(loop.isIdle()).isTrue(); // background: runUntilIdle() does not wait for it
  }
}
