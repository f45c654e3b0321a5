package io.kubemu.engine.kubectl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kubemu.engine.Cluster;
import io.kubemu.manifest.Manifests;
import org.junit.jupiter.api.Test;

/** {@code cluster.kubectl(...)} end to end: the controller-side verbs on a running cluster. */
class KubectlOnClusterTest {
  private final Cluster cluster =
      Cluster.builder().nodes(Manifests.readResource("seed/manifests/nodes-hdss7.yaml")).build();

  @Test
  void rolloutStatusWaitsInVirtualTimeAndHistoryListsTheRevisions() {
    cluster.kubectl("apply -f seed/manifests/nginx-v1.12.yaml --record");
    String status = cluster.kubectl("rollout status deployment/nginx-deploy -n app");
    assertThat(status).endsWith("deployment \"nginx-deploy\" successfully rolled out\n");
    assertThat(cluster.kubectl("get deploy -n app"))
        .startsWith("NAME           READY   UP-TO-DATE   AVAILABLE   AGE\n")
        .contains("nginx-deploy   5/5     5            5");

    cluster.kubectl("apply -f seed/manifests/nginx-v1.13.yaml --record");
    assertThat(cluster.kubectl("rollout status deployment/nginx-deploy -n app"))
        .contains("old replicas are pending termination...")
        .endsWith("deployment \"nginx-deploy\" successfully rolled out\n");
    assertThat(cluster.kubectl("rollout history deployment/nginx-deploy -n app"))
        .startsWith("deployment.apps/nginx-deploy \nREVISION  CHANGE-CAUSE\n1         ")
        .contains("\n2         ");
    assertThat(cluster.kubectl("rollout undo deployment/nginx-deploy -n app"))
        .isEqualTo("deployment.apps/nginx-deploy rolled back\n");
  }

  @Test
  void drainEvictsThroughTheNodeOperations() {
    cluster.kubectl("apply -f seed/manifests/nginx-v1.12.yaml");
    cluster.kubectl("rollout status deployment/nginx-deploy -n app");
    assertThat(cluster.kubectl("drain hdss7-21.host.com"))
        .startsWith("node/hdss7-21.host.com cordoned\n")
        .endsWith("node/hdss7-21.host.com drained\n");
    assertThat(cluster.kubectl("get pods -n app -o wide")).doesNotContain("hdss7-21.host.com");
  }

  @Test
  void rolloutStatusOfAKindWithoutAViewerFails() {
    cluster.kubectl("apply -f seed/manifests/job.yaml");
    assertThatThrownBy(() -> cluster.kubectl("rollout status job/test-job"))
        .isInstanceOf(KubectlException.class);
  }
}
