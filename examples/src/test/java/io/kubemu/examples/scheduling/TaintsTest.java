package io.kubemu.examples.scheduling;

import static io.kubemu.assertions.api.KubemuAssertions.assertThat;
import static io.kubemu.examples.scheduling.Placements.kubectl;
import static io.kubemu.examples.scheduling.Placements.perNode;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubemu.engine.Cluster;
import io.kubemu.junit.KubemuTest;
import io.kubemu.junit.WithManifests;
import io.kubemu.model.core.Pod;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Seed section 8.5: taints and tolerations. A taint repels pods that do not tolerate it: {@code
 * NoSchedule} keeps new pods away and leaves running ones alone, {@code NoExecute} also evicts the
 * running ones.
 */
@KubemuTest
@WithManifests("seed/manifests/nodes-centos7.yaml")
class TaintsTest {

  /** The masters carry {@code node-role.kubernetes.io/master:NoSchedule}, as kubeadm sets it. */
  @Test
  void mastersAreTainted(Cluster cluster) {
    String describe = kubectl(cluster, "describe node centos-7-51");
    assertThat(describe).contains("Taints:", "node-role.kubernetes.io/master:NoSchedule");
    assertThat(cluster)
        .node("centos-7-51")
        .hasTaint("node-role.kubernetes.io/master", "NoSchedule");
  }

  /**
   * Six nginx pods spread over the three workers; a NoSchedule taint on centos-7-54 moves nothing,
   * but after {@code set image} the new ReplicaSet's pods avoid it; a NoExecute taint on
   * centos-7-55 evicts its pods, and the ReplicaSet recreates them on the only node left,
   * centos-7-56.
   */
  @Test
  void noScheduleKeepsNewPodsAwayAndNoExecuteEvicts(Cluster cluster) {
    kubectl(cluster, "apply -f seed/manifests/sched-taint-demo.yaml");
    cluster.advance(Duration.ofSeconds(30));
    kubectl(cluster, "get pod -o wide");
    assertThat(cluster)
        .pods("default", "app=nginx")
        .hasSize(6)
        .areOnlyOnNodes("centos-7-54", "centos-7-55", "centos-7-56")
        .areSpreadOverNodes(3);
    List<String> before = names(cluster);

    // NoSchedule does not evict: the same six pods, on the same nodes
    kubectl(cluster, "taint node centos-7-54 monitor=true:NoSchedule");
    cluster.advance(Duration.ofMinutes(1));
    kubectl(cluster, "get pod -o wide");
    assertThat(names(cluster)).isEqualTo(before);
    assertThat(perNode(cluster, "app=nginx")).containsKey("centos-7-54");

    // a rollout creates new pods: none of them lands on the tainted node
    kubectl(cluster, "set image deployment nginx-deploy nginx-demo=linuxduduniao/nginx:v1.0.1");
    kubectl(cluster, "rollout status deployment nginx-deploy");
    cluster.advance(Duration.ofMinutes(1));
    kubectl(cluster, "get pod -o wide");
    assertThat(cluster)
        .pods("default", "app=nginx")
        .hasSize(6)
        .allAreRunning()
        .areOnlyOnNodes("centos-7-55", "centos-7-56");

    // NoExecute evicts what runs on centos-7-55; the replacements go to centos-7-56
    kubectl(cluster, "taint node centos-7-55 monitor=true:NoExecute");
    cluster.advance(Duration.ofMinutes(1));
    kubectl(cluster, "get pod -o wide");
    assertThat(cluster)
        .pods("default", "app=nginx")
        .hasSize(6)
        .allAreRunning()
        .areOnlyOnNodes("centos-7-56");
    kubectl(cluster, "get events --field-selector reason=TaintManagerEviction");
  }

  /**
   * A dedicated node: label centos-7-56 {@code prometheus=true} and taint it {@code
   * monitor=true:NoSchedule}. Prometheus selects the label and tolerates the taint, so it lands
   * there; other pods, which do not tolerate the taint, never do.
   */
  @Test
  void dedicatedPrometheusNode(Cluster cluster) {
    kubectl(cluster, "label node centos-7-56 prometheus=true");
    kubectl(cluster, "taint node centos-7-56 monitor=true:NoSchedule");
    kubectl(cluster, "apply -f seed/manifests/sched-prometheus-dedicated.yaml");
    kubectl(cluster, "apply -f seed/manifests/sched-taint-demo.yaml");
    cluster.advance(Duration.ofSeconds(30));
    kubectl(cluster, "get pod -o wide");

    assertThat(cluster).pods("default", "app=prometheus").hasSize(1).areOnlyOnNodes("centos-7-56");
    assertThat(cluster)
        .pods("default", "app=nginx")
        .hasSize(6)
        .allAreRunning()
        .areOnlyOnNodes("centos-7-54", "centos-7-55");
    Map<String, Integer> on = perNode(cluster, "");
    assertThat(on.get("centos-7-56")).isEqualTo(1);
  }

  private static List<String> names(Cluster cluster) {
    return cluster.list(Pod.class, "default", "app=nginx").stream()
        .map(p -> p.metadata().name() + "@" + p.spec().nodeName())
        .toList();
  }
}
