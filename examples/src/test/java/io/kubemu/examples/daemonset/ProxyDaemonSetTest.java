package io.kubemu.examples.daemonset;

import static io.kubemu.assertions.api.KubemuAssertions.assertThat;
import static io.kubemu.assertions.api.KubemuAssertions.await;
import static io.kubemu.dsl.Kubemu.container;
import static io.kubemu.dsl.Kubemu.node;
import static io.kubemu.dsl.Kubemu.pod;
import static io.kubemu.dsl.Kubemu.port;
import static io.kubemu.examples.daemonset.Terminal.kubectl;
import static io.kubemu.examples.daemonset.Terminal.say;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubemu.assertions.api.PodPredicates;
import io.kubemu.engine.Cluster;
import io.kubemu.junit.KubemuTest;
import io.kubemu.junit.WithManifests;
import io.kubemu.model.apps.ControllerRevision;
import io.kubemu.model.apps.DaemonSet;
import io.kubemu.model.core.Pod;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Seed section 3, DaemonSet: {@code proxy-daemonset} runs one nginx proxy on every node of the
 * {@code hdss7} cluster (two workers), reachable on each node's port 10080.
 *
 * <p>A DaemonSet has no {@code replicas}: the nodes decide how many pods there are. Its controller
 * pins each pod to its node with a node affinity on {@code metadata.name}, so the scheduler binds
 * it there; {@code DESIRED} is the number of nodes that should run the pod.
 */
@KubemuTest
@WithManifests("seed/manifests/nodes-hdss7.yaml")
class ProxyDaemonSetTest {

  private static final String DS = "app/proxy-daemonset";
  private static final String NODE_21 = "hdss7-21.host.com";
  private static final String NODE_22 = "hdss7-22.host.com";
  private static final String NODE_23 = "hdss7-23.host.com";

  /** 3.3.1: {@code kubectl apply -f proxy-v1.12.yaml --record}, then one pod per node. */
  @Test
  void runs_one_proxy_pod_on_every_node(Cluster cluster) {
    kubectl(cluster, "apply -f seed/manifests/proxy-v1.12.yaml --record");

    // The pods pull the image, run postStart (which writes health.html) and pass the readiness
    // probe after its 5 s initial delay; 56 s later, as in the seed, all is ready.
    cluster.advance(Duration.ofSeconds(56));
    String ds = kubectl(cluster, "get daemonset -n app");
    assertThat(ds)
        .contains("NAME              DESIRED   CURRENT   READY   UP-TO-DATE   AVAILABLE")
        .containsPattern("proxy-daemonset\\s+2\\s+2\\s+2\\s+2\\s+2\\s+<none>\\s+56s");

    String pods = kubectl(cluster, "get pod -n app -l tier=proxy -o wide");
    assertThat(pods).contains(NODE_21).contains(NODE_22);
    assertThat(cluster)
        .pods("app", "tier=proxy")
        .hasSize(2)
        .ownedBy("DaemonSet", "proxy-daemonset")
        .allAreRunning()
        .allAreReady()
        .areOnlyOnNodes(NODE_21, NODE_22)
        .areSpreadOverNodes(2)
        .atMostPerNode(1);

    DaemonSet status = cluster.get(DaemonSet.class, DS);
    assertThat(status.status().desiredNumberScheduled()).isEqualTo(2);
    assertThat(status.status().currentNumberScheduled()).isEqualTo(2);
    assertThat(status.status().numberReady()).isEqualTo(2);

    // Every proxy container publishes its port 80 on its node's port 10080 (the seed curls
    // 10.4.7.21:10080 and 10.4.7.22:10080). A host port is a node resource: a second pod asking
    // for the same port cannot be placed on either node.
    for (Pod pod : cluster.list(Pod.class, "app", "tier=proxy")) {
      var port = pod.spec().containers().get(0).ports().get(0);
      assertThat(port.containerPort()).isEqualTo(80);
      assertThat(port.hostPort()).isEqualTo(10080);
    }
    cluster.apply(
        pod("port-thief")
            .namespace("app")
            .container(container("nginx").image("nginx:1.25").port(port(80).hostPort(10080))));
    cluster.advance(Duration.ofSeconds(5));
    kubectl(cluster, "get pod port-thief -n app");
    assertThat(cluster)
        .pod("app/port-thief")
        .isPendingWithFailedScheduling("didn't have free ports for the requested pod ports");
  }

  /**
   * 3.3.2: apply {@code proxy-v1.13.yaml}: a rolling update with {@code maxUnavailable: 1} replaces
   * the pods one node at a time; the ControllerRevisions keep the history 1, 2.
   */
  @Test
  void rolls_out_v1_13_one_node_at_a_time(Cluster cluster) {
    kubectl(cluster, "apply -f seed/manifests/proxy-v1.12.yaml --record");
    kubectl(cluster, "rollout status daemonset proxy-daemonset -n app");
    String history = kubectl(cluster, "rollout history daemonset proxy-daemonset -n app");
    assertThat(history)
        .contains("REVISION  CHANGE-CAUSE")
        .contains(
            "1         kubectl apply --filename=seed/manifests/proxy-v1.12.yaml --record=true");

    Instant update = cluster.now();
    kubectl(cluster, "apply -f seed/manifests/proxy-v1.13.yaml --record");
    // rollout status waits (in virtual time) and prints each step as kubectl does.
    String status = kubectl(cluster, "rollout status daemonset proxy-daemonset -n app");
    assertThat(status)
        .contains(
            "Waiting for daemon set \"proxy-daemonset\" rollout to finish: 1 out of 2 new pods"
                + " have been updated...")
        .contains(
            "Waiting for daemon set \"proxy-daemonset\" rollout to finish: 1 of 2 updated pods are"
                + " available...")
        .endsWith("daemon set \"proxy-daemonset\" successfully rolled out\n");

    history = kubectl(cluster, "rollout history daemonset proxy-daemonset -n app");
    assertThat(history)
        .contains(
            "1         kubectl apply --filename=seed/manifests/proxy-v1.12.yaml --record=true")
        .contains(
            "2         kubectl apply --filename=seed/manifests/proxy-v1.13.yaml --record=true");
    List<Long> revisions =
        cluster.list(ControllerRevision.class, "app").stream()
            .map(ControllerRevision::revision)
            .sorted(Comparator.naturalOrder())
            .toList();
    assertThat(revisions).containsExactly(1L, 2L);

    String pods = kubectl(cluster, "get pod -n app -l tier=proxy -L version");
    assertThat(pods).contains("VERSION");
    assertThat(cluster)
        .pods("app", "tier=proxy")
        .hasSize(2)
        .allAreReady()
        .allSatisfy(p -> assertThat(p).hasLabel("version", "v1.13"))
        .areSpreadOverNodes(2);

    // maxUnavailable 1 on two nodes: one node at a time, never both down, and no surge (a node
    // never runs two proxies, which the host port 10080 would forbid anyway).
    assertThat(cluster.timeline())
        .after(update)
        .count(
            Pod.class,
            "ready proxies",
            PodPredicates.ready().and(PodPredicates.labels("tier=proxy")))
        .neverBelow(1);
    assertThat(cluster.timeline()).after(update).count(Pod.class, "tier=proxy").neverExceeded(2);
    // The second node's pod was replaced only after the first node's new pod was ready: the pods'
    // ages differ by the time one new pod takes to become available.
    List<Pod> byAge =
        cluster.list(Pod.class, "app", "tier=proxy").stream()
            .sorted(Comparator.comparing(p -> p.metadata().creationTimestamp()))
            .toList();
    assertThat(
            Duration.between(
                byAge.get(0).metadata().creationTimestamp(),
                byAge.get(1).metadata().creationTimestamp()))
        .isPositive();
  }

  /** 3.1: "when a node joins the cluster, a pod is added for it". */
  @Test
  void a_node_that_joins_gets_a_proxy_pod(Cluster cluster) {
    kubectl(cluster, "apply -f seed/manifests/proxy-v1.12.yaml --record");
    kubectl(cluster, "rollout status daemonset proxy-daemonset -n app");

    say(cluster, "a third worker, hdss7-23.host.com, joins the cluster");
    cluster.addNode(node(NODE_23));
    // The DaemonSet controller watches nodes: the new node needs a pod, created at once.
    assertThat(cluster).pods("app", "tier=proxy").hasSize(3);
    kubectl(cluster, "get daemonset -n app");
    await(cluster)
        .atMost(Duration.ofMinutes(1))
        .untilAsserted(
            () -> assertThat(cluster).pods("app", "tier=proxy").hasSize(3).allAreReady());
    kubectl(cluster, "get pod -n app -l tier=proxy -o wide");
    String ds = kubectl(cluster, "get daemonset -n app");
    assertThat(ds).containsPattern("proxy-daemonset\\s+3\\s+3\\s+3\\s+3\\s+3");
    assertThat(cluster)
        .pods("app", "tier=proxy")
        .areOnlyOnNodes(NODE_21, NODE_22, NODE_23)
        .areSpreadOverNodes(3)
        .atMostPerNode(1);
  }

  /**
   * 3.1: "when a node is removed from the cluster, its pod is reclaimed". The DaemonSet controller
   * does not watch node deletions: the pod garbage collector deletes the pods bound to a node that
   * has been gone for 40 s (it looks every 20 s), and the DaemonSet then counts the nodes again.
   */
  @Test
  void a_node_that_leaves_loses_its_proxy_pod(Cluster cluster) {
    kubectl(cluster, "apply -f seed/manifests/proxy-v1.12.yaml --record");
    kubectl(cluster, "rollout status daemonset proxy-daemonset -n app");
    String onLeavingNode =
        cluster.list(Pod.class, "app", "tier=proxy").stream()
            .filter(p -> NODE_21.equals(p.spec().nodeName()))
            .findFirst()
            .orElseThrow()
            .metadata()
            .name();

    say(cluster, "hdss7-21.host.com is drained and deleted");
    // drain leaves DaemonSet pods alone (--ignore-daemonsets): the DaemonSet would recreate them
    kubectl(cluster, "drain hdss7-21.host.com --ignore-daemonsets");
    kubectl(cluster, "delete node hdss7-21.host.com");
    Instant deleted = cluster.now();
    assertThat(cluster).pods("app", "tier=proxy").hasSize(2);

    Duration waited =
        await(cluster)
            .atMost(Duration.ofMinutes(2))
            .untilAsserted(() -> assertThat(cluster).pods("app", "tier=proxy").hasSize(1));
    assertThat(waited).isBetween(Duration.ofSeconds(40), Duration.ofSeconds(60));
    kubectl(cluster, "get pod -n app -l tier=proxy -o wide");
    String ds = kubectl(cluster, "get daemonset -n app");
    assertThat(ds).containsPattern("proxy-daemonset\\s+1\\s+1\\s+1\\s+1\\s+1");
    assertThat(cluster).pods("app", "tier=proxy").areOnlyOnNodes(NODE_22).allAreReady();

    // Before it went, the orphan was marked Failed with the DisruptionTarget condition.
    Pod last =
        cluster.timeline().history(Pod.class, "app/" + onLeavingNode).stream()
            .reduce((a, b) -> b)
            .orElseThrow();
    assertThat(last.status().phase()).isEqualTo("Failed");
    assertThat(last.status().condition("DisruptionTarget").reason()).isEqualTo("DeletionByPodGC");
    assertThat(last.metadata().deletionTimestamp()).isAfter(deleted);
  }
}
