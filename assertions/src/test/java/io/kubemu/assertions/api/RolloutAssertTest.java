package io.kubemu.assertions.api;

import static io.kubemu.assertions.api.Fixtures.expectAssertionError;
import static io.kubemu.assertions.api.Fixtures.running;
import static io.kubemu.assertions.api.KubemuAssertions.assertThat;
import static io.kubemu.assertions.api.KubemuAssertions.assertThatRollout;
import static io.kubemu.dsl.Kubemu.container;
import static io.kubemu.dsl.Kubemu.pod;
import static java.lang.String.format;
import static org.assertj.core.api.BDDAssertions.then;

import io.kubemu.engine.Cluster;
import io.kubemu.manifest.Manifests;
import io.kubemu.model.apps.Deployment;
import io.kubemu.model.apps.ReplicaSet;
import io.kubemu.model.core.Pod;
import io.kubemu.model.meta.OwnerReference;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The rollout invariants on hand-made rollouts of {@code app/web} (3 replicas, maxSurge 1,
 * maxUnavailable 0): no controller runs, the test writes each step as the controllers would, so
 * that every state the assertions see is pinned down.
 */
class RolloutAssertTest {

  private final Cluster cluster = Fixtures.quietCluster();
  private Deployment web;
  private Instant ready;

  private static final String WEB =
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata: {name: web, namespace: app}
      spec:
        replicas: 3
        selector: {matchLabels: {app: web}}
        strategy: {rollingUpdate: {maxSurge: 1, maxUnavailable: 0}}
        template:
          metadata: {labels: {app: web}}
          spec: {containers: [{name: web, image: "nginx:1.25"}]}
      """;

  /**
   * t0: web with ReplicaSet web-1 (revision 1) at 3 and its 3 pods Ready; t5: web-2 created at 0.
   */
  private void setUp() {
    web = cluster.create(Manifests.readOne(WEB, Deployment.class));
    ReplicaSet old = createReplicaSet("web-1", 1, 3);
    for (int i = 0; i < 3; i++) {
      createPod("web-1-" + i, old);
      running(cluster, "app/web-1-" + i, true);
    }
    cluster.advance(Duration.ofSeconds(5));
    ready = cluster.now();
    createReplicaSet("web-2", 2, 0);
  }

  /** The rollout as the controllers do it: one new pod, Ready, then one old pod goes; thrice. */
  private void rollWell() {
    ReplicaSet next = cluster.get(ReplicaSet.class, "app/web-2");
    for (int i = 0; i < 3; i++) {
      cluster.advance(Duration.ofSeconds(1));
      scale("web-2", i + 1);
      createPod("web-2-" + i, next);
      cluster.advance(Duration.ofSeconds(5));
      running(cluster, "app/web-2-" + i, true);
      scale("web-1", 2 - i);
      cluster.delete(Pod.class, "app/web-1-" + i);
    }
  }

  @Test
  void a_rollout_within_its_bounds_passes_every_check() {
    setUp();
    rollWell();

    assertThat(cluster)
        .deployment("app/web")
        .rollout()
        .staysWithinItsBounds()
        .neverExceededPods(4)
        .after(ready)
        .neverBelowAvailable(3)
        .neverBelowReady(3);
  }

  @Test
  void the_states_carry_the_counts_and_bounds() {
    setUp();
    rollWell();

    RolloutOverTime r = RolloutOverTime.replay(cluster.timeline(), Window.ALL, "app/web");
    RolloutOverTime.State last = r.states().get(r.states().size() - 1);
    then(last.maxPods()).isEqualTo(4);
    then(last.minAvailable()).isEqualTo(3);
    then(last.counts()).isEqualTo("pods=3 ready=3 available=3 [web-1 0/0, web-2* 3/3]");
    then(r.states()).extracting(RolloutOverTime.State::pods).containsSequence(3, 4, 4, 4, 3);
  }

  @Test
  void too_many_pods_fail_naming_the_first_state_above_the_surge() {
    setUp();
    ReplicaSet next = cluster.get(ReplicaSet.class, "app/web-2");
    cluster.advance(Duration.ofSeconds(1));
    scale("web-2", 2);
    createPod("web-2-0", next);
    createPod("web-2-1", next);

    AssertionError e =
        expectAssertionError(
            () -> assertThat(cluster).deployment("app/web").rollout().neverExceedsMaxSurge());

    then(e)
        .hasMessageStartingWith(
            format(
                "%nExpecting the rollout of deployment \"app/web\"%n"
                    + "never to run more than 4 (replicas 3 + maxSurge 1) pods%n"
                    + "at every state of the timeline,%n"
                    + "but it had 5 pods at 2026-01-01T00:00:06Z (write #"))
        .hasMessageEndingWith(
            format(
                ":%n  ... 8 earlier%n"
                    + "  #16 2026-01-01T00:00:05Z rv=17 create ReplicaSet.apps app/web-2  pods=3"
                    + " ready=3 available=3 [web-1 3/3, web-2* 0/0]%n"
                    + "  #17 2026-01-01T00:00:06Z rv=18 patch ReplicaSet.apps app/web-2   pods=3"
                    + " ready=3 available=3 [web-1 3/3, web-2* 2/0]%n"
                    + "  #18 2026-01-01T00:00:06Z rv=19 create Pod app/web-2-0            pods=4"
                    + " ready=3 available=3 [web-1 3/3, web-2* 2/0]%n"
                    + "  #19 2026-01-01T00:00:06Z rv=20 create Pod app/web-2-1            pods=5"
                    + " ready=3 available=3 [web-1 3/3, web-2* 2/0]  <-- here"));
    then(expectAssertionError(
            () -> assertThat(cluster).deployment("app/web").rollout().neverExceededPods(4)))
        .hasMessageContaining("never to run more than 4 pods%n".formatted())
        .hasMessageContaining("but it had 5 pods");
  }

  @Test
  void an_old_set_scaled_down_before_a_new_pod_is_available_fails() {
    setUp();
    ReplicaSet next = cluster.get(ReplicaSet.class, "app/web-2");
    cluster.advance(Duration.ofSeconds(1));
    scale("web-2", 1);
    createPod("web-2-0", next);
    running(cluster, "app/web-2-0", false); // running, not Ready yet
    scale("web-1", 2);

    AssertionError e =
        expectAssertionError(
            () ->
                assertThatRollout(cluster, "app/web").scalesDownOldOnlyAfterNewPodsAreAvailable());

    then(e)
        .hasMessageStartingWith(
            format(
                "%nExpecting the rollout of deployment \"app/web\"%n"
                    + "to scale old ReplicaSets down only while keeping at least 3 (replicas 3 -"
                    + " maxUnavailable 0) available pods%n"
                    + "at every state of the timeline,%n"
                    + "but ReplicaSet web-1 was scaled down from 3 to 2, keeping 2 available pods"
                    + " at 2026-01-01T00:00:06Z (write #"))
        .hasMessageEndingWith(
            "patch ReplicaSet.apps app/web-1  pods=4 ready=3 available=3 [web-1 2/3, web-2* 1/0]"
                + "  <-- here");
  }

  @Test
  void scaling_down_only_unavailable_old_pods_is_allowed() {
    setUp();
    cluster.advance(Duration.ofSeconds(1));
    running(cluster, "app/web-1-0", false); // an old pod fails its readiness probe
    scale("web-1", 2); // cleanupUnhealthyReplicas

    assertThatRollout(cluster, "app/web").scalesDownOldOnlyAfterNewPodsAreAvailable();
    then(expectAssertionError(() -> assertThatRollout(cluster, "app/web").neverBelowMinAvailable()))
        .hasMessageContaining(
            format(
                "never to have fewer than 3 (replicas 3 - maxUnavailable 0) available pods%n"
                    + "at every state of the timeline,%n"
                    + "but it had 2 available pods at 2026-01-01T00:00:06Z (write #"));
  }

  @Test
  void availability_counts_from_the_first_state_that_reached_the_minimum() {
    setUp(); // 0, 1, 2, then 3 available while the deployment is created
    assertThatRollout(cluster, "app/web").neverBelowMinAvailable();
    then(expectAssertionError(() -> assertThatRollout(cluster, "app/web").neverBelowAvailable(3)))
        .hasMessageContaining("but it had 0 available pods at 2026-01-01T00:00:00Z");
  }

  @Test
  void ready_and_available_differ_by_min_ready_seconds() {
    web = cluster.create(Manifests.readOne(WEB, Deployment.class));
    cluster.patch(Deployment.class, "app/web", "{\"spec\":{\"minReadySeconds\":10}}");
    ReplicaSet rs = createReplicaSet("web-1", 1, 1);
    createPod("web-1-0", rs);
    running(cluster, "app/web-1-0", true);
    cluster.advance(Duration.ofSeconds(11));
    cluster.patch( // a state after the pod became available
        ReplicaSet.class, "app/web-1", "{\"metadata\":{\"labels\":{\"touched\":\"yes\"}}}");

    RolloutOverTime r = RolloutOverTime.replay(cluster.timeline(), Window.ALL, "app/web");
    then(r.states()).extracting(RolloutOverTime.State::ready).endsWith(1, 1);
    then(r.states()).extracting(RolloutOverTime.State::available).endsWith(0, 1);
    then(expectAssertionError(() -> assertThatRollout(cluster, "app/web").neverBelowReady(2)))
        .hasMessageContaining("never to have fewer than 2 ready pods")
        .hasMessageContaining("but it had 0 ready pods");
  }

  @Test
  void the_window_excludes_what_came_before() {
    setUp();
    cluster.advance(Duration.ofSeconds(1));
    Instant later = cluster.now();
    rollWell();
    assertThatRollout(cluster, "app/web").after(ready).neverBelowAvailable(3);
    then(RolloutOverTime.replay(cluster.timeline(), new Window(later, null, false), "app/web")
            .window())
        .isEqualTo("every state after " + later);
    then(expectAssertionError(
            () -> assertThatRollout(cluster, "app/web").until(ready).neverBelowAvailable(1)))
        .hasMessageContaining("at every state until " + ready + ",");
  }

  @Test
  void soft_assertions_collect_rollout_failures() {
    setUp();
    KubemuSoftAssertions softly = new KubemuSoftAssertions();
    softly.assertThatRollout(cluster, "app/web").neverExceededPods(2).neverBelowReady(5);
    softly.assertThat(cluster).deployment("app/web").rollout().neverExceededPods(1);
    then(softly.assertionErrorsCollected()).hasSize(3);
  }

  // ------------------------------------------------------------------ writes as controllers do

  private ReplicaSet createReplicaSet(String name, long revision, int replicas) {
    ReplicaSet rs =
        Manifests.readOne(
            """
            apiVersion: apps/v1
            kind: ReplicaSet
            metadata:
              name: %s
              namespace: app
              annotations: {deployment.kubernetes.io/revision: "%d"}
            spec:
              replicas: %d
              selector: {matchLabels: {app: web, rs: %s}}
              template:
                metadata: {labels: {app: web, rs: %s}}
                spec: {containers: [{name: web, image: "nginx:1.25"}]}
            """
                .formatted(name, revision, replicas, name, name),
            ReplicaSet.class);
    OwnerReference owner =
        new OwnerReference("apps/v1", "Deployment", "web", web.metadata().uid(), true, true);
    return cluster.create(
        rs.withMetadata(rs.metadata().withOwnerReferences(java.util.List.of(owner))));
  }

  private void createPod(String name, ReplicaSet rs) {
    OwnerReference owner =
        new OwnerReference(
            "apps/v1", "ReplicaSet", rs.metadata().name(), rs.metadata().uid(), true, true);
    cluster.create(
        pod(name)
            .namespace("app")
            .labels("app", "web", "rs", rs.metadata().name())
            .ownerReference(owner)
            .container(container("web").image("nginx:1.25"))
            .nodeName("n1"));
  }

  private void scale(String rs, int replicas) {
    cluster.patch(ReplicaSet.class, "app/" + rs, "{\"spec\":{\"replicas\":" + replicas + "}}");
  }
}
