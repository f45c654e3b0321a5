package io.kubemu.examples.disruption;

import static io.kubemu.assertions.api.KubemuAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.kubemu.engine.Cluster;
import io.kubemu.engine.controller.nodelifecycle.Drain;
import io.kubemu.engine.controller.nodelifecycle.DrainOptions;
import io.kubemu.engine.controller.nodelifecycle.NodeOperationException;
import io.kubemu.junit.KubemuTest;
import io.kubemu.junit.WithManifests;
import io.kubemu.manifest.Manifests;
import io.kubemu.model.core.Pod;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Beyond the seed: a PodDisruptionBudget blocking {@code kubectl drain}.
 *
 * <p>The Deployment {@code web} runs 2 replicas, one on each hdss7 worker, and its budget says 2
 * must stay available. Draining a node evicts through the Eviction API, which refuses (429 Too Many
 * Requests) while the budget allows no disruption; kubectl retries every 5 seconds. What unblocks
 * it: one more replica (scheduled on the other node, since the drained one is cordoned) gives the
 * budget room for one disruption, the eviction goes through, and the Deployment replaces the
 * evicted pod elsewhere.
 */
@KubemuTest
@WithManifests("seed/manifests/nodes-hdss7.yaml")
class DrainBlockedByABudgetTest {

  static final String WEB =
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata: {name: web, namespace: apps}
      spec:
        replicas: 2
        selector: {matchLabels: {app: web}}
        template:
          metadata: {labels: {app: web}}
          spec:
            containers:
            - name: web
              image: nginx:1.25
              readinessProbe: {httpGet: {port: 80, path: /}}
      ---
      apiVersion: policy/v1
      kind: PodDisruptionBudget
      metadata: {name: web, namespace: apps}
      spec:
        minAvailable: 2
        selector: {matchLabels: {app: web}}
      """;

  static final String NODE = "hdss7-21.host.com";

  /** The Eviction API's answer (429 TooManyRequests) while the budget allows no disruption. */
  static final String PDB_REFUSAL =
      "Cannot evict pod as it would violate the pod's disruption budget.";

  @Test
  void a_budget_with_no_room_stops_the_drain_until_a_replica_is_added(Cluster cluster) {
    cluster.apply(Manifests.read(WEB));
    kubectl(cluster, "rollout status deployment/web -n apps");
    kubectl(cluster, "get pods -o wide -n apps");
    kubectl(cluster, "get pdb -n apps");
    assertThat(cluster).pods("apps", "app=web").hasSize(2).allAreReady().areSpreadOverNodes(2);

    // kubectl drain with a timeout gives up: every eviction attempt is refused (429)
    prompt(cluster, "kubectl drain " + NODE + " --ignore-daemonsets --timeout=30s");
    NodeOperationException refused =
        catchThrowableOfType(
            NodeOperationException.class,
            () ->
                cluster
                    .nodes()
                    .drain(
                        NODE,
                        DrainOptions.DEFAULT
                            .withIgnoreDaemonSets(true)
                            .withTimeout(Duration.ofSeconds(30))));
    refused.output().forEach(System.out::println);
    System.out.println("error: " + refused.getMessage());
    assertThat(refused.output())
        .startsWith("node/" + NODE + " cordoned")
        .filteredOn(line -> line.endsWith("(will retry after 5s): " + PDB_REFUSAL))
        .hasSize(6); // tries at 0s, 5s, ... 25s; the one due at 30s meets the timeout
    assertThat(refused.getMessage()).endsWith("global timeout reached: 30s");
    // the node stays cordoned and the pod stays where it was
    assertThat(cluster).node(NODE).isUnschedulable();
    assertThat(cluster).pods("apps", "app=web").hasSize(2).allAreReady().areSpreadOverNodes(2);

    // one more replica: it can only go to the other node, and gives the budget room for one
    kubectl(cluster, "scale deployment web --replicas=3 -n apps");
    kubectl(cluster, "rollout status deployment/web -n apps");
    kubectl(cluster, "get pdb -n apps");
    kubectl(cluster, "drain " + NODE + " --ignore-daemonsets");
    kubectl(cluster, "get pods -o wide -n apps");

    assertThat(cluster)
        .pods("apps", "app=web")
        .hasSize(3)
        .allAreReady()
        .areOnlyOnNodes("hdss7-22.host.com");
  }

  @Test
  void a_running_drain_goes_on_as_soon_as_the_budget_allows(Cluster cluster) {
    cluster.apply(Manifests.read(WEB));
    kubectl(cluster, "rollout status deployment/web -n apps");

    // a drain without a timeout waits (kubectl would keep retrying until interrupted)
    Drain drain = cluster.nodes().startDrain(NODE, DrainOptions.DEFAULT.withIgnoreDaemonSets(true));
    cluster.advance(Duration.ofSeconds(12));
    prompt(cluster, "kubectl drain " + NODE + " --ignore-daemonsets   # still running");
    drain.output().forEach(System.out::println);
    assertThat(drain.done()).isFalse();
    assertThat(drain.output())
        .filteredOn(line -> line.endsWith("(will retry after 5s): " + PDB_REFUSAL))
        .hasSize(3); // attempts at 0s, 5s and 10s

    kubectl(cluster, "scale deployment web --replicas=3 -n apps");
    cluster.runUntil("the drain to finish", drain::done, Duration.ofMinutes(5));
    prompt(cluster, "kubectl drain " + NODE + " --ignore-daemonsets   # finished");
    drain.output().forEach(System.out::println);
    assertThat(drain.error()).isNull();
    assertThat(drain.output()).endsWith("node/" + NODE + " drained");
    assertThat(cluster.list(Pod.class, "apps"))
        .allSatisfy(p -> assertThat(p.spec().nodeName()).isEqualTo("hdss7-22.host.com"));
  }

  static String kubectl(Cluster cluster, String args) {
    prompt(cluster, "kubectl " + args);
    String out = cluster.kubectl(args);
    System.out.print(out.endsWith("\n") || out.isEmpty() ? out : out + "\n");
    return out;
  }

  static void prompt(Cluster cluster, String command) {
    String time = cluster.now().toString();
    System.out.println();
    System.out.println("[" + time.substring(11, time.length() - 1) + "] $ " + command);
  }
}
