package io.kubemu.examples.pods;

import static io.kubemu.assertions.api.KubemuAssertions.assertThat;
import static io.kubemu.dsl.Kubemu.container;
import static io.kubemu.dsl.Kubemu.pod;
import static io.kubemu.examples.pods.Terminal.kubectl;
import static io.kubemu.examples.pods.Terminal.note;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubemu.engine.Cluster;
import io.kubemu.junit.KubemuTest;
import io.kubemu.junit.WithManifests;
import io.kubemu.model.core.Node;
import io.kubemu.model.core.NodeCondition;
import io.kubemu.model.core.Pod;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Seed 1.1.3, "Pod状态": the five values of {@code status.phase}, each reached on a real course of
 * events and shown as kubectl shows it.
 *
 * <ul>
 *   <li><b>Pending</b>: accepted, but a container is not created yet. Here: the image is being
 *       pulled (kubectl's STATUS {@code ContainerCreating}), and a pod no node can take (STATUS
 *       {@code Pending}, event {@code FailedScheduling}).
 *   <li><b>Running</b>: bound to a node, every container created, at least one running.
 *   <li><b>Succeeded</b>: every container exited 0 and none will restart ({@code restartPolicy:
 *       Never}; STATUS {@code Completed}).
 *   <li><b>Failed</b>: every container ended and one failed ({@code exit 1}; STATUS {@code Error}).
 *   <li><b>Unknown</b>: "the state of the pod could not be obtained, typically due to an error in
 *       communicating with the host of the pod". Stopping a node's kubelet makes the node
 *       unreachable: after the 40 s node-monitor grace period the node lifecycle controller marks
 *       the node's conditions {@code Unknown} (NodeStatusUnknown "Kubelet stopped posting node
 *       status."), shows the node {@code NotReady}, and marks its pods not ready. Note what
 *       Kubernetes (and so kubemu) does with the pod's own phase: nothing. The API still documents
 *       {@code Unknown}, but since 2015 no component sets it (core/v1 types.go: "Deprecated: It
 *       isn't being set since 2015"): the last phase the kubelet reported ({@code Running}) stays,
 *       with Ready False, because nobody can say better. After the 300 s {@code
 *       node.kubernetes.io/unreachable} toleration every pod gets by default, the pod is evicted
 *       and shows {@code Terminating} until the node comes back or it is force-deleted.
 * </ul>
 */
@KubemuTest
@WithManifests("seed/manifests/nodes-hdss7.yaml")
class PodPhasesTest {

  @Test
  void pending_running_succeeded_failed_and_the_unknown_state_of_an_unreachable_node(
      Cluster cluster) {
    // Pending: pulling the image (1 s) ...
    kubectl(cluster, "apply -f seed/manifests/pod-demo.yaml");
    cluster.apply(
        pod("succeeds")
            .namespace("app")
            .restartPolicy("Never")
            .container(
                container("job").image("busybox:1.36").command("sh", "-c", "echo done; exit 0")));
    cluster.apply(
        pod("fails")
            .namespace("app")
            .restartPolicy("Never")
            .container(
                container("job").image("busybox:1.36").command("sh", "-c", "echo oops; exit 1")));
    // ... and a pod no node can take: nothing is labelled disktype=ssd.
    cluster.apply(
        pod("unschedulable")
            .namespace("app")
            .nodeSelector("disktype", "ssd")
            .container(container("nginx").image("harbor.od.com/public/nginx:v1.12")));
    kubectl(cluster, "get pods -n app -o wide");
    assertThat(cluster).pod("app/pod-demo").isPending();
    assertThat(cluster)
        .pod("app/pod-demo")
        .container("centos")
        .isWaitingWithReason("ContainerCreating");
    assertThat(cluster)
        .pod("app/unschedulable")
        .isPending()
        .hasEvent("Warning", "FailedScheduling", "didn't match Pod's node affinity/selector");

    // Running, Succeeded, Failed: a few seconds later.
    cluster.advance(Duration.ofSeconds(5));
    kubectl(cluster, "get pods -n app -o wide");
    assertThat(cluster).pod("app/pod-demo").isRunning();
    assertThat(cluster).pod("app/succeeds").isSucceeded();
    assertThat(cluster).pod("app/succeeds").container("job").isTerminatedWithReason("Completed");
    assertThat(cluster).pod("app/fails").isFailed();
    assertThat(cluster).pod("app/fails").container("job").isTerminatedWithReason("Error");
    assertThat(cluster).pod("app/unschedulable").isPending();

    // Unknown: the node running pod-demo loses contact with the control plane.
    String node = cluster.get(Pod.class, "app/pod-demo").spec().nodeName();
    cluster.nodes().stopKubelet(node);
    note(cluster, "the kubelet of " + node + " stops reporting");
    cluster.runUntil(
        node + " Ready=Unknown",
        () -> "Unknown".equals(ready(cluster.get(Node.class, node)).status()),
        Duration.ofMinutes(2));
    cluster.advance(Duration.ofSeconds(5));
    kubectl(cluster, "get nodes");
    kubectl(cluster, "get pods -n app -o wide");
    assertThat(cluster).node(node).isNotReady();
    NodeCondition nodeReady = ready(cluster.get(Node.class, node));
    assertThat(nodeReady.reason()).isEqualTo("NodeStatusUnknown");
    assertThat(nodeReady.message()).isEqualTo("Kubelet stopped posting node status.");
    // The pod's state is unknown: Ready False, and its phase frozen at the last report.
    assertThat(cluster).pod("app/pod-demo").hasCondition("Ready", "False").hasPhase("Running");
    kubectl(cluster, "describe pod pod-demo -n app");

    // After the default 300 s unreachable toleration: evicted, Terminating for as long as the
    // node stays away (nobody can confirm the containers stopped).
    cluster.advance(Duration.ofMinutes(6));
    kubectl(cluster, "get pods -n app -o wide");
    assertThat(cluster).pod("app/pod-demo").isTerminating().hasPhase("Running");
  }

  private static NodeCondition ready(Node node) {
    return node.status().conditions().stream()
        .filter(c -> "Ready".equals(c.type()))
        .findFirst()
        .orElseThrow();
  }
}
