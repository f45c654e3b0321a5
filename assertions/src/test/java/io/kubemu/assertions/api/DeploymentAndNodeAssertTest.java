package io.kubemu.assertions.api;

import static io.kubemu.assertions.api.Fixtures.createPod;
import static io.kubemu.assertions.api.Fixtures.expectAssertionError;
import static io.kubemu.assertions.api.KubemuAssertions.assertThat;
import static java.lang.String.format;
import static org.assertj.core.api.BDDAssertions.then;

import io.kubemu.engine.Cluster;
import io.kubemu.manifest.Manifests;
import io.kubemu.model.apps.Deployment;
import io.kubemu.model.apps.DeploymentCondition;
import io.kubemu.model.apps.DeploymentStatus;
import io.kubemu.model.core.Node;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DeploymentAndNodeAssertTest {

  private final Cluster cluster = Fixtures.quietCluster();

  private void webDeployment(int ready) {
    Deployment d =
        cluster.create(
            Manifests.readOne(
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
                Deployment.class));
    cluster
        .api()
        .updateStatus(
            d.withStatus(
                new DeploymentStatus(
                    1L,
                    3,
                    3,
                    ready,
                    ready,
                    3 - ready,
                    null,
                    List.of(
                        new DeploymentCondition(
                            "Available",
                            ready == 3 ? "True" : "False",
                            null,
                            null,
                            ready == 3 ? "MinimumReplicasAvailable" : "MinimumReplicasUnavailable",
                            null)),
                    null)));
    createPod(cluster, "app/web-0", "n1", "app", "web");
    createPod(cluster, "app/web-1", "n2", "app", "web");
    createPod(cluster, "app/api-0", "n2", "app", "api");
  }

  @Nested
  class DeploymentStatusAndPods {
    @Test
    void should_pass_for_the_status_counts_and_navigate_to_the_selected_pods() {
      webDeployment(3);
      assertThat(cluster)
          .deployment("app/web")
          .hasReplicas(3)
          .hasReadyReplicas(3)
          .hasAvailableReplicas(3)
          .hasUpdatedReplicas(3)
          .hasCondition("Available", "True")
          .pods()
          .hasSize(2)
          .areOnlyOnNodes("n1", "n2");
    }

    @Test
    void hasReadyReplicas_should_fail_with_every_count() {
      webDeployment(1);
      AssertionError error =
          expectAssertionError(() -> assertThat(cluster).deployment("app/web").hasReadyReplicas(3));
      then(error)
          .hasMessage(
              format(
                  "%nExpecting deployment:%n  deployment.apps/web%nto have ready replicas:%n  3%n"
                      + "but had:%n  1 (replicas=3, updated=3, ready=1, available=1)"));
    }

    @Test
    void hasCondition_should_fail_with_the_condition_found() {
      webDeployment(1);
      AssertionError error =
          expectAssertionError(
              () -> assertThat(cluster).deployment("app/web").hasCondition("Available", "True"));
      then(error)
          .hasMessage(
              format(
                  "%nExpecting deployment:%n  deployment.apps/web%nto have condition:%n "
                      + " Available=True%nbut had:%n  Available=False (reason:"
                      + " MinimumReplicasUnavailable)"));
    }

    @Test
    void should_fail_when_the_deployment_does_not_exist() {
      AssertionError error = expectAssertionError(() -> assertThat(cluster).deployment("app/web"));
      then(error)
          .hasMessage(
              format(
                  "%nExpecting the cluster to have deployment.apps:%n  app/web%n"
                      + "but it has none; deployments.apps in namespace \"app\" are:%n  []"));
    }
  }

  @Nested
  class NodeState {
    @Test
    void should_pass_for_labels_schedulability_taints_and_pods() {
      webDeployment(3);
      cluster.patch(
          Node.class,
          "n3",
          "{\"spec\":{\"unschedulable\":true,\"taints\":[{\"key\":\"node.kubernetes.io/unschedulable\",\"effect\":\"NoSchedule\"}]}}");
      assertThat(cluster)
          .node("n1")
          .hasLabel("disktype", "ssd")
          .isSchedulable()
          .isNotReady()
          .pods()
          .hasSize(1);
      assertThat(cluster).node("n2").pods().hasSize(2);
      assertThat(cluster)
          .node("n3")
          .isUnschedulable()
          .hasTaint("node.kubernetes.io/unschedulable", "NoSchedule");
    }

    @Test
    void isReady_should_fail_without_a_kubelet() {
      AssertionError error = expectAssertionError(() -> assertThat(cluster).node("n1").isReady());
      then(error)
          .hasMessage(
              format(
                  "%nExpecting node:%n  node/n1%nto have condition:%n  Ready=True%nbut had:%n "
                      + " Ready=<none>"));
    }

    @Test
    void isUnschedulable_should_fail_for_a_schedulable_node() {
      AssertionError error =
          expectAssertionError(() -> assertThat(cluster).node("n1").isUnschedulable());
      then(error)
          .hasMessage(
              format(
                  "%nExpecting node:%n  node/n1%nto have spec.unschedulable:%n  true%nbut had:%n "
                      + " false"));
    }

    @Test
    void hasTaint_should_fail_listing_the_taints() {
      AssertionError error =
          expectAssertionError(
              () -> assertThat(cluster).node("n1").hasTaint("dedicated", "NoSchedule"));
      then(error)
          .hasMessage(
              format(
                  "%nExpecting node:%n  node/n1%nto have taint:%n  dedicated:NoSchedule%nbut had:%n"
                      + "  []"));
    }

    @Test
    void should_fail_when_the_node_does_not_exist() {
      AssertionError error = expectAssertionError(() -> assertThat(cluster).node("n9"));
      then(error)
          .hasMessage(
              format(
                  "%nExpecting the cluster to have node:%n  n9%n"
                      + "but it has none; nodes are:%n  [node/n1, node/n2, node/n3]"));
    }
  }
}
