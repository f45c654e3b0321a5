package io.kubemu.assertions.api;

import static io.kubemu.dsl.Kubemu.container;
import static io.kubemu.dsl.Kubemu.node;
import static io.kubemu.dsl.Kubemu.pod;

import io.kubemu.engine.Cluster;
import io.kubemu.engine.events.EventRecorder;
import io.kubemu.model.core.ContainerState;
import io.kubemu.model.core.ContainerStatus;
import io.kubemu.model.core.Event;
import io.kubemu.model.core.Pod;
import io.kubemu.model.core.PodCondition;
import io.kubemu.model.core.PodStatus;
import io.kubemu.model.meta.OwnerReference;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * Builds clusters and pod histories by writing through the API, as the scheduler and kubelets
 * would, so that the assertions are tested apart from the control plane: pods are created bound to
 * a node (the scheduler ignores bound pods) or for a scheduler the cluster does not run.
 */
final class Fixtures {
  private Fixtures() {}

  static final Instant T0 = Instant.parse(Cluster.DEFAULT_START);

  /** The schedulerName of unbound test pods: no scheduler of the cluster picks them up. */
  static final String NO_SCHEDULER = "assertions-test-scheduler";

  /**
   * Three nodes: n1 (zone a, ssd), n2 (zone b, hdd), n3 (zone b, no disktype). No kubelets run:
   * these tests write pod statuses themselves, to pin down each instant an assertion sees.
   */
  static Cluster cluster() {
    return builder().build();
  }

  /**
   * As {@link #cluster()} without controllers either: nothing is ever due unless a test schedules
   * it, and the tests write workload statuses themselves.
   */
  static Cluster quietCluster() {
    return builder().controllers(false).build();
  }

  private static Cluster.Builder builder() {
    return Cluster.builder()
        .kubelets(false)
        .nodes(
            node("n1").label("topology.kubernetes.io/zone", "a").label("disktype", "ssd"),
            node("n2").label("topology.kubernetes.io/zone", "b").label("disktype", "hdd"),
            node("n3").label("topology.kubernetes.io/zone", "b"));
  }

  /** Creates {@code namespace/name} (container {@code web}), bound to {@code node} if not null. */
  static Pod createPod(Cluster cluster, String key, String node, String... labels) {
    return cluster.create(podOf(key, node, labels));
  }

  /** A pod {@code namespace/name} (container {@code web}), bound to {@code node} if not null. */
  static Pod podOf(String key, String node, String... labels) {
    String[] k = key.split("/");
    var b =
        pod(k[1]).namespace(k[0]).labels(labels).container(container("web").image("nginx:1.25"));
    // an unbound pod names a scheduler the cluster does not run, so it stays unbound (as in
    // Kubernetes) and these tests write its scheduling outcome themselves
    if (node != null) b.nodeName(node);
    else b.schedulerName(NO_SCHEDULER);
    return b.build();
  }

  /** Creates a pod controlled by a ReplicaSet. */
  static Pod createOwnedPod(Cluster cluster, String key, String node, String replicaSet) {
    String[] k = key.split("/");
    var b =
        pod(k[1])
            .namespace(k[0])
            .labels("app", "web")
            .ownerReference(
                new OwnerReference(
                    "apps/v1", "ReplicaSet", replicaSet, "uid-" + replicaSet, true, true))
            .container(container("web").image("nginx:1.25"))
            .nodeName(node);
    return cluster.create(b.build());
  }

  /** Writes the pod's status as the kubelet would. */
  static Pod status(Cluster cluster, String key, UnaryOperator<PodStatus> edit) {
    Pod pod = cluster.get(Pod.class, key);
    PodStatus current = pod.status() == null ? PodStatus.EMPTY : pod.status();
    return cluster.api().updateStatus(pod.withStatus(edit.apply(current)));
  }

  /** Running, container {@code web} running since now; Ready as given. */
  static Pod running(Cluster cluster, String key, boolean ready) {
    Instant now = cluster.now();
    return status(
        cluster,
        key,
        s ->
            s.withPhase(Pod.PHASE_RUNNING)
                .withConditions(conditions(now, ready))
                .withContainerStatuses(
                    List.of(
                        new ContainerStatus(
                            "web",
                            ContainerState.running(now),
                            null,
                            ready,
                            0,
                            "nginx:1.25",
                            null,
                            null,
                            true))));
  }

  /** Pending with PodScheduled=False (Unschedulable) and the message. */
  static Pod unschedulable(Cluster cluster, String key, String message) {
    Instant now = cluster.now();
    return status(
        cluster,
        key,
        s ->
            s.withConditions(
                List.of(
                    new PodCondition(
                        PodCondition.POD_SCHEDULED,
                        "False",
                        null,
                        now,
                        "Unschedulable",
                        message))));
  }

  /** A Deployment {@code app/web} (3 replicas, selector app=web), not stored. */
  static io.kubemu.model.apps.Deployment deployment() {
    return io.kubemu.manifest.Manifests.readOne(
        """
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: web, namespace: app}
        spec:
          replicas: 3
          selector: {matchLabels: {app: web}}
          template:
            metadata: {labels: {app: web}}
            spec: {containers: [{name: web, image: "nginx:1.25"}]}
        """,
        io.kubemu.model.apps.Deployment.class);
  }

  /** Records an event about the object, as a component would. */
  static Event event(Cluster cluster, Pod pod, String type, String reason, String message) {
    return new EventRecorder(cluster.api())
        .record(pod, type, reason, message, "kubelet", pod.spec().nodeName())
        .orElseThrow();
  }

  static List<PodCondition> conditions(Instant now, boolean ready) {
    List<PodCondition> c = new ArrayList<>();
    c.add(new PodCondition(PodCondition.POD_SCHEDULED, "True", null, now, null, null));
    c.add(
        ready
            ? new PodCondition(PodCondition.READY, "True", null, now, null, null)
            : new PodCondition(
                PodCondition.READY,
                "False",
                null,
                now,
                "ContainersNotReady",
                "containers with unready status: [web]"));
    return c;
  }

  /** The AssertionError the call throws; fails if it throws none. */
  static AssertionError expectAssertionError(ThrowingCallable call) {
    try {
      call.call();
    } catch (AssertionError e) {
      return e;
    } catch (Throwable t) {
      throw new IllegalStateException("expected an AssertionError but got " + t, t);
    }
    throw new IllegalStateException("expected an AssertionError but none was thrown");
  }
}
