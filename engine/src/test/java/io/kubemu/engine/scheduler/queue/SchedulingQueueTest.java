package io.kubemu.engine.scheduler.queue;

import static io.kubemu.engine.scheduler.St.expr;
import static io.kubemu.engine.scheduler.St.selector;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubemu.engine.scheduler.ClusterEvent;
import io.kubemu.engine.scheduler.St;
import io.kubemu.engine.scheduler.plugins.Names;
import io.kubemu.model.core.Pod;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** After upstream internal/queue/scheduling_queue_test.go (v1.30, queueing hints off). */
class SchedulingQueueTest {

  private Instant now = Instant.parse("2024-01-01T00:00:00Z");
  private SchedulingQueue q;

  @BeforeEach
  void setUp() {
    q =
        new SchedulingQueue(
            () -> now,
            Duration.ofSeconds(1),
            Duration.ofSeconds(10),
            Duration.ofMinutes(5),
            Map.of(
                Names.NODE_AFFINITY,
                List.of(ClusterEvent.of(ClusterEvent.NODE, ClusterEvent.ADD | ClusterEvent.UPDATE)),
                Names.NODE_RESOURCES_FIT,
                List.of(
                    ClusterEvent.of(ClusterEvent.POD, ClusterEvent.DELETE),
                    ClusterEvent.of(ClusterEvent.NODE, ClusterEvent.ADD | ClusterEvent.UPDATE)),
                Names.INTER_POD_AFFINITY,
                List.of(ClusterEvent.of(ClusterEvent.POD, ClusterEvent.ALL))),
            new Nominator(null),
            ns -> null);
  }

  private void advance(int seconds) {
    now = now.plusSeconds(seconds);
  }

  /** Pops the pod and fails it, rejected by these plugins. */
  private QueuedPodInfo fail(String... plugins) {
    QueuedPodInfo p = q.pop();
    p.setUnschedulablePlugins(Set.of(plugins));
    q.addUnschedulableIfNotPresent(p, q.schedulingCycle());
    return p;
  }

  @Test
  void popsHigherPriorityFirstThenTheLongestWaiting() {
    q.add(St.pod("low").priority(1).obj());
    advance(1);
    q.add(St.pod("high").priority(10).obj());
    q.add(St.pod("high2").priority(10).obj());
    assertThat(q.pop().pod().metadata().name()).isEqualTo("high");
    assertThat(q.pop().pod().metadata().name()).isEqualTo("high2");
    assertThat(q.pop().pod().metadata().name()).isEqualTo("low");
    assertThat(q.pop()).isNull();
  }

  @Test
  void backoffStartsAtOneSecondAndDoublesUpToTen() {
    QueuedPodInfo p = new QueuedPodInfo(null, now, 0);
    long[] want = {1, 1, 2, 4, 8, 10, 10};
    for (int attempts = 0; attempts < want.length; attempts++) {
      p.attempts = attempts;
      assertThat(q.backoffDuration(p)).isEqualTo(Duration.ofSeconds(want[attempts]));
    }
  }

  @Test
  void anUnschedulablePodWaitsForAnEventItsRejectingPluginRegistered() {
    q.add(St.pod("p").obj());
    fail(Names.NODE_AFFINITY);
    assertThat(q.unschedulablePods()).hasSize(1);
    // a pod deletion cannot help NodeAffinity
    q.moveAllToActiveOrBackoffQueue(ClusterEvent.ASSIGNED_POD_DELETE, null);
    assertThat(q.unschedulablePods()).hasSize(1);
    // a node label change can; the pod is still backing off (1 s after its first attempt)
    q.moveAllToActiveOrBackoffQueue(ClusterEvent.NODE_LABEL_CHANGE, null);
    assertThat(q.unschedulablePods()).isEmpty();
    assertThat(q.backoffPods()).hasSize(1);
    assertThat(q.nextBackoffExpiry()).isEqualTo(now.plusSeconds(1));
    q.flushBackoffQCompleted();
    assertThat(q.hasActive()).isFalse();
    advance(1);
    q.flushBackoffQCompleted();
    assertThat(q.activePods()).extracting(p -> p.metadata().name()).containsExactly("p");
  }

  @Test
  void aPreCheckKeepsPodsThatWouldNotFitTheNewNode() {
    q.add(St.pod("p").obj());
    fail(Names.NODE_RESOURCES_FIT);
    advance(5);
    q.moveAllToActiveOrBackoffQueue(ClusterEvent.NODE_ADD, pod -> false);
    assertThat(q.unschedulablePods()).hasSize(1);
    q.moveAllToActiveOrBackoffQueue(ClusterEvent.NODE_ADD, pod -> true);
    assertThat(q.activePods()).hasSize(1); // back-off over: straight to activeQ
  }

  @Test
  void aPodFailingWithoutRejectingPluginsGoesToBackoff() {
    q.add(St.pod("p").obj());
    fail();
    assertThat(q.backoffPods()).hasSize(1);
  }

  @Test
  void aMoveRequestDuringTheAttemptSendsThePodToBackoff() {
    q.add(St.pod("p").obj());
    QueuedPodInfo p = q.pop();
    q.moveAllToActiveOrBackoffQueue(ClusterEvent.NODE_ADD, null);
    p.setUnschedulablePlugins(Set.of(Names.NODE_AFFINITY));
    q.addUnschedulableIfNotPresent(p, q.schedulingCycle());
    assertThat(q.backoffPods()).hasSize(1);
  }

  @Test
  void unschedulablePodsAreRetriedAfterFiveMinutes() {
    q.add(St.pod("p").obj());
    fail(Names.NODE_AFFINITY);
    assertThat(q.nextUnschedulableTimeout()).isEqualTo(now.plus(Duration.ofMinutes(5)));
    advance(300);
    q.flushUnschedulablePodsLeftover();
    assertThat(q.unschedulablePods()).hasSize(1); // not more than 5 minutes yet
    advance(30);
    q.flushUnschedulablePodsLeftover();
    assertThat(q.activePods()).hasSize(1);
  }

  @Test
  void aSpecUpdateMovesAnUnschedulablePodButAStatusUpdateDoesNot() {
    Pod pod = St.pod("p").obj();
    q.add(pod);
    fail(Names.NODE_AFFINITY);
    advance(2);
    Pod statusOnly = pod.withStatus(io.kubemu.model.core.PodStatus.EMPTY.withPhase("Pending"));
    q.update(pod, statusOnly);
    assertThat(q.unschedulablePods()).hasSize(1);
    Pod relabelled = statusOnly.withMetadata(statusOnly.metadata().withLabel("x", "y"));
    q.update(statusOnly, relabelled);
    assertThat(q.activePods())
        .extracting(p -> p.metadata().labels())
        .containsExactly(Map.of("x", "y"));
  }

  @Test
  void aBoundPodMatchingARequiredAffinityTermRetriesThePod() {
    Pod waiting = St.pod("w").podAffinity("zone", selector(null, expr("app", "In", "db"))).obj();
    q.add(waiting);
    fail(Names.INTER_POD_AFFINITY);
    advance(5);
    q.assignedPodAdded(St.pod("web").label("app", "web").node("n1").obj());
    assertThat(q.unschedulablePods()).hasSize(1);
    q.assignedPodAdded(St.pod("db").label("app", "db").node("n1").obj());
    assertThat(q.activePods()).hasSize(1);
  }

  @Test
  void deleteRemovesThePodFromEveryQueue() {
    Pod pod = St.pod("p").obj();
    q.add(pod);
    fail(Names.NODE_AFFINITY);
    q.delete(pod);
    assertThat(q.unschedulablePods()).isEmpty();
    assertThat(q.get(pod)).isNull();
  }
}
