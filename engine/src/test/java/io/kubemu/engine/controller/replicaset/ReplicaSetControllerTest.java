package io.kubemu.engine.controller.replicaset;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubemu.engine.api.Admission;
import io.kubemu.engine.api.AdmissionRequest;
import io.kubemu.engine.api.ApiException;
import io.kubemu.engine.controller.util.Harness;
import io.kubemu.engine.controller.util.PodUtils;
import io.kubemu.manifest.Manifests;
import io.kubemu.model.apps.ReplicaSet;
import io.kubemu.model.apps.ReplicaSetCondition;
import io.kubemu.model.core.Pod;
import io.kubemu.model.meta.OwnerReference;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The replicaset controller against the API server, pods made ready by the test harness. */
class ReplicaSetControllerTest {

  static ReplicaSet replicaSet(String name, int replicas, int minReadySeconds) {
    return Manifests.readOne(
        """
        apiVersion: apps/v1
        kind: ReplicaSet
        metadata:
          name: %s
          namespace: app
        spec:
          replicas: %d
          minReadySeconds: %d
          selector:
            matchLabels:
              app: web
          template:
            metadata:
              labels:
                app: web
                tier: front
            spec:
              containers:
              - name: web
                image: nginx:1.25
        """
            .formatted(name, replicas, minReadySeconds),
        ReplicaSet.class);
  }

  static ReplicaSet rs(Harness h, String name) {
    return h.api.get(ReplicaSet.class, "app", name);
  }

  @Test
  void createsPodsNamedAfterTheReplicaSetAndOwnedByIt() {
    Harness h = new Harness(7).start();
    ReplicaSet created = h.api.create(replicaSet("web", 3, 0));
    h.loop.runDue();

    List<Pod> pods = h.api.list(Pod.class, "app");
    assertThat(pods).hasSize(3);
    for (Pod p : pods) {
      assertThat(p.metadata().name()).matches("web-[bcdfghjklmnpqrstvwxz2456789]{5}");
      OwnerReference ref = p.metadata().controllerRef();
      assertThat(ref.uid()).isEqualTo(created.metadata().uid());
      assertThat(ref.kind()).isEqualTo("ReplicaSet");
      assertThat(ref.blockOwnerDeletion()).isTrue();
      assertThat(p.metadata().labels()).containsEntry("tier", "front");
    }
    assertThat(h.events(created))
        .containsExactlyInAnyOrderElementsOf(
            pods.stream()
                .map(p -> "SuccessfulCreate Created pod: " + p.metadata().name())
                .toList());
    ReplicaSet s = rs(h, "web");
    assertThat(s.status().replicas()).isEqualTo(3);
    assertThat(s.status().fullyLabeledReplicas()).isEqualTo(3);
    assertThat(s.status().readyReplicas()).isZero();
    assertThat(s.status().observedGeneration()).isEqualTo(1L);

    h.loop.advance(Duration.ofSeconds(5));
    s = rs(h, "web");
    assertThat(s.status().readyReplicas()).isEqualTo(3);
    assertThat(s.status().availableReplicas()).isEqualTo(3);
  }

  @Test
  void availabilityWaitsForMinReadySeconds() {
    Harness h = new Harness(7).start();
    h.api.create(replicaSet("web", 2, 10));
    h.loop.advance(Duration.ofSeconds(5)); // ready at 00:00:05
    assertThat(rs(h, "web").status().readyReplicas()).isEqualTo(2);
    assertThat(rs(h, "web").status().availableReplicas()).isZero();
    h.loop.advance(Duration.ofSeconds(10)); // 00:00:15: ready for exactly 10 s, not more
    assertThat(rs(h, "web").status().availableReplicas()).isZero();
    h.loop.advance(Duration.ofSeconds(1)); // the requeue at 5 + 10 + 1
    assertThat(rs(h, "web").status().availableReplicas()).isEqualTo(2);
  }

  @Test
  void slowStartStopsAfterTheFirstFailingBatch() {
    Harness h = new Harness(7);
    int[] creates = {0};
    h.api
        .admission()
        .register(
            Pod.class,
            new Admission() {
              @Override
              public void validate(AdmissionRequest r) {
                if (r.operation() == Operation.CREATE && ++creates[0] > 5) {
                  throw new ApiException.Forbidden(r.kind(), "web-x", "exceeded quota: pods");
                }
              }
            });
    h.start();
    h.api.create(replicaSet("web", 10, 0));
    h.loop.runDue();

    // First sync: batches of 1, 2 and 4; the 6th and 7th creates fail, the last 3 are never
    // tried. Then one batch of 1 per resync: once the 5 pods are seen (and the status counts
    // them), and once more for that status write; the next retry waits 5 ms of back-off.
    assertThat(creates[0]).isEqualTo(7 + 1 + 1);
    assertThat(h.api.list(Pod.class, "app")).hasSize(5);
    ReplicaSet s = rs(h, "web");
    ReplicaSetCondition c = s.status().conditions().get(0);
    assertThat(c.type()).isEqualTo("ReplicaFailure");
    assertThat(c.reason()).isEqualTo("FailedCreate");
    assertThat(c.message()).contains("exceeded quota: pods");
    assertThat(h.events(s))
        .filteredOn(e -> e.startsWith("FailedCreate Error creating: "))
        .isNotEmpty()
        .allMatch(e -> e.contains("exceeded quota: pods"));
  }

  @Test
  void deletedPodsAreReplacedAndTerminatingOnesDoNotCount() {
    Harness h = new Harness(7).terminationDelay(Duration.ofSeconds(20)).start();
    h.api.create(replicaSet("web", 2, 0));
    h.loop.advance(Duration.ofSeconds(5));
    Pod victim = h.api.list(Pod.class, "app").get(0);
    h.api.delete(Pod.class, "app", victim.metadata().name());
    h.loop.runDue();

    List<Pod> all = h.api.list(Pod.class, "app");
    assertThat(all).hasSize(3); // the terminating pod is still stored
    assertThat(PodUtils.filterActivePods(all)).hasSize(2);
    assertThat(rs(h, "web").status().replicas()).isEqualTo(2);
    h.loop.advance(Duration.ofSeconds(20));
    assertThat(h.api.list(Pod.class, "app")).hasSize(2);
  }

  @Test
  void scaleDownDeletesNotReadyPodsFirst() {
    Harness h = new Harness(7);
    int[] n = {0};
    // every other pod never becomes ready
    h.readyDelay(p -> n[0]++ % 2 == 0 ? Duration.ofSeconds(5) : null).start();
    h.api.create(replicaSet("web", 4, 0));
    h.loop.advance(Duration.ofSeconds(5));
    List<String> notReady =
        h.api.list(Pod.class, "app").stream()
            .filter(p -> !PodUtils.isPodReady(p))
            .map(p -> p.metadata().name())
            .toList();
    assertThat(notReady).hasSize(2);

    h.api.update(rs(h, "web").withReplicas(2));
    h.loop.runDue();

    assertThat(h.activePods("app")).allMatch(PodUtils::isPodReady).hasSize(2);
    assertThat(h.events(rs(h, "web")))
        .filteredOn(e -> e.startsWith("SuccessfulDelete"))
        .containsExactlyInAnyOrder(
            "SuccessfulDelete Deleted pod: " + notReady.get(0),
            "SuccessfulDelete Deleted pod: " + notReady.get(1));
  }

  @Test
  void adoptsMatchingOrphansAndReleasesPodsThatStopMatching() {
    Harness h = new Harness(7).start();
    Pod orphan =
        h.api.create(
            Manifests.readOne(
                """
                apiVersion: v1
                kind: Pod
                metadata:
                  name: stray
                  namespace: app
                  labels:
                    app: web
                spec:
                  containers:
                  - name: web
                    image: nginx:1.25
                """,
                Pod.class));
    ReplicaSet created = h.api.create(replicaSet("web", 2, 0));
    h.loop.runDue();

    Pod adopted = h.api.get(Pod.class, "app", "stray");
    assertThat(adopted.metadata().controllerRef().uid()).isEqualTo(created.metadata().uid());
    assertThat(h.api.list(Pod.class, "app")).hasSize(2); // the orphan plus one new pod
    assertThat(rs(h, "web").status().fullyLabeledReplicas()).isEqualTo(1); // no tier label

    h.api.update(adopted.withMetadata(adopted.metadata().withLabels(Map.of("app", "other"))));
    h.loop.runDue();

    assertThat(h.api.get(Pod.class, "app", "stray").metadata().ownerReferences()).isEmpty();
    assertThat(h.api.list(Pod.class, "app")).hasSize(3);
    assertThat(orphan.metadata().uid()).isEqualTo(adopted.metadata().uid());
  }
}
