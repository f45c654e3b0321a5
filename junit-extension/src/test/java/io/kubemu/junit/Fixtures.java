package io.kubemu.junit;

import static io.kubemu.dsl.Kubemu.container;
import static io.kubemu.dsl.Kubemu.pod;
import static io.kubemu.dsl.Kubemu.replicaSet;

import io.kubemu.engine.api.Verb;
import io.kubemu.engine.api.Write;
import io.kubemu.engine.events.Timeline;
import io.kubemu.model.Kinds;
import io.kubemu.model.KubernetesObject;
import io.kubemu.model.apps.ReplicaSet;
import io.kubemu.model.core.Pod;
import io.kubemu.model.core.PodCondition;
import io.kubemu.model.core.PodStatus;
import io.kubemu.model.meta.OwnerReference;
import java.time.Instant;
import java.util.List;

/** Objects and hand-written timelines for the report tests. */
final class Fixtures {
  private Fixtures() {}

  static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

  /** {@return a ReplicaSet {@code default/<name>} with the deployment revision annotation} */
  static ReplicaSet replicaSetRevision(String name, int revision) {
    return replicaSetRevision(name, revision, 0);
  }

  /** {@return as {@link #replicaSetRevision(String, int)} asking for {@code replicas} pods} */
  static ReplicaSet replicaSetRevision(String name, int revision, int replicas) {
    return replicaSet(name)
        .annotation("deployment.kubernetes.io/revision", Integer.toString(revision))
        .replicas(replicas)
        .selector("app", "web", "rs", name)
        .template(pod().labels("app", "web", "rs", name).container(container("web").image("nginx")))
        .build();
  }

  /** {@return a pending pod {@code default/<name>} controlled by the ReplicaSet {@code owner}} */
  static Pod ownedPod(String name, String owner) {
    return ownedPod(name, owner, "00000000-0000-4000-8000-000000000000");
  }

  /** {@return as {@link #ownedPod(String, String)} with the owner's uid} */
  static Pod ownedPod(String name, String owner, String ownerUid) {
    return pod(name)
        .labels("app", "web", "rs", owner)
        .ownerReference(new OwnerReference("apps/v1", "ReplicaSet", owner, ownerUid, true, true))
        .container(container("web").image("nginx"))
        .build();
  }

  /** {@return the pod Running, ready or not} */
  static Pod running(Pod pod, boolean ready) {
    return pod.withStatus(
        PodStatus.EMPTY
            .withPhase(Pod.PHASE_RUNNING)
            .withConditions(
                List.of(
                    new PodCondition(
                        PodCondition.READY, ready ? "True" : "False", null, null, null, null))));
  }

  /** {@return the pod with a deletion timestamp} */
  static Pod terminating(Pod pod, Instant at) {
    return pod.withMetadata(pod.metadata().withDeletion(at, 30L));
  }

  /** Builds a timeline by hand, one write at a time, at seconds after {@link #START}. */
  static final class TimelineBuilder {
    private final Timeline timeline = new Timeline();
    private long rv = 1;

    TimelineBuilder write(long second, Verb verb, KubernetesObject object) {
      KubernetesObject stored =
          object.withMetadata(
              object
                  .metadata()
                  .withNamespace(
                      object.metadata().namespace() == null
                          ? "default"
                          : object.metadata().namespace())
                  .withResourceVersion(Long.toString(rv++)));
      timeline.onWrite(
          new Write(START.plusSeconds(second), verb, Kinds.of(object.getClass()), stored));
      return this;
    }

    TimelineSnapshot snapshot(long endSecond) {
      return new TimelineSnapshot(START, START.plusSeconds(endSecond), timeline.entries(), 0);
    }
  }
}
