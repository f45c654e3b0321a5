package io.kubemu.assertions.api;

import static io.kubemu.assertions.api.Fixtures.expectAssertionError;
import static io.kubemu.assertions.api.KubemuAssertions.assertThat;
import static io.kubemu.dsl.Kubemu.container;
import static io.kubemu.dsl.Kubemu.deployment;
import static io.kubemu.dsl.Kubemu.node;
import static io.kubemu.dsl.Kubemu.pod;
import static java.lang.String.format;
import static org.assertj.core.api.BDDAssertions.then;

import io.kubemu.engine.ChangeCause;
import io.kubemu.engine.Cluster;
import io.kubemu.engine.controller.deployment.RolloutHistory;
import io.kubemu.engine.controller.deployment.RolloutHistory.Revision;
import io.kubemu.model.core.PodTemplateSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

class RolloutHistoryAssertTest {

  private static PodTemplateSpec template(String image) {
    return deployment("web")
        .selector("app", "web")
        .template(pod().label("app", "web").container(container("web").image(image)))
        .build()
        .spec()
        .template();
  }

  /** The seed's history after the undo: revision 3 became 5. */
  private static final RolloutHistory HISTORY =
      new RolloutHistory(
          "web",
          List.of(
              new Revision(1, "apply v1.12", "web-5b8f", template("nginx:v1.12")),
              new Revision(2, null, "web-7cb6", template("nginx:v1.13")),
              new Revision(4, "apply v1.15", "web-5958", template("nginx:v1.15")),
              new Revision(5, "apply v1.14", "web-d8d9", template("nginx:v1.14"))));

  @Test
  void passes_on_the_history_as_it_is() {
    assertThat(HISTORY)
        .hasRevisions(1, 2, 4, 5)
        .hasCurrentRevision(5)
        .hasChangeCauses("apply v1.12", "<none>", "apply v1.15", "apply v1.14")
        .hasChangeCause(2, null)
        .hasChangeCause(5, "apply v1.14")
        .hasImages(4, "nginx:v1.15")
        .hasReplicaSet(5, "web-d8d9");
  }

  @Test
  void wrong_revisions_fail_printing_the_history() {
    AssertionError e = expectAssertionError(() -> assertThat(HISTORY).hasRevisions(1, 2, 3, 4));
    then(e)
        .hasMessage(
            format(
                "%nExpecting the rollout history of deployment \"web\"%n"
                    + "to have revisions:%n  [1, 2, 3, 4]%nbut had:%n  [1, 2, 4, 5]%nin:%n"
                    + "  REVISION  REPLICASET  IMAGES       CHANGE-CAUSE%n"
                    + "  1         web-5b8f    nginx:v1.12  apply v1.12%n"
                    + "  2         web-7cb6    nginx:v1.13  <none>%n"
                    + "  4         web-5958    nginx:v1.15  apply v1.15%n"
                    + "  5         web-d8d9    nginx:v1.14  apply v1.14"));
  }

  @Test
  void each_property_fails_with_its_own_words() {
    then(expectAssertionError(() -> assertThat(HISTORY).hasCurrentRevision(4)))
        .hasMessageContaining(format("to have current revision:%n  4%nbut had:%n  5%n"));
    then(expectAssertionError(() -> assertThat(HISTORY).hasChangeCause(4, "apply v1.14")))
        .hasMessageContaining(
            format(
                "to have change-cause of revision 4:%n  \"apply v1.14\"%n"
                    + "but had:%n  \"apply v1.15\"%n"));
    then(expectAssertionError(() -> assertThat(HISTORY).hasChangeCauses("apply v1.12")))
        .hasMessageContaining(
            format(
                "to have change-causes:%n  [apply v1.12]%nbut had:%n"
                    + "  [apply v1.12, <none>, apply v1.15, apply v1.14]%n"));
    then(expectAssertionError(() -> assertThat(HISTORY).hasImages(5, "nginx:v1.15")))
        .hasMessageContaining(
            format("to have images of revision 5:%n  [nginx:v1.15]%nbut had:%n  [nginx:v1.14]%n"));
    then(expectAssertionError(() -> assertThat(HISTORY).hasReplicaSet(5, "web-5958")))
        .hasMessageContaining(
            format("to have ReplicaSet of revision 5:%n  web-5958%nbut had:%n  web-d8d9%n"));
    then(expectAssertionError(() -> assertThat(HISTORY).hasImages(3, "nginx:v1.14")))
        .hasMessageContaining(
            format("to have revision:%n  3%nbut had:%n  revisions [1, 2, 4, 5]%n"));
  }

  @Test
  void an_empty_history_has_no_current_revision() {
    then(expectAssertionError(
            () -> assertThat(new RolloutHistory("web", List.of())).hasCurrentRevision(1)))
        .hasMessageEndingWith(
            format(
                "but had:%n  <none>%nin:%n  REVISION  REPLICASET  IMAGES  CHANGE-CAUSE%n"
                    + "  (no revisions)"));
  }

  @Test
  void a_deployment_navigates_to_its_history_on_the_cluster() {
    try (Cluster cluster = Cluster.builder().nodes(node("n1")).build()) {
      var web =
          deployment("web")
              .namespace("app")
              .replicas(2)
              .selector("app", "web")
              .template(pod().label("app", "web").container(container("web").image("nginx:1.25")));
      cluster.apply(web, ChangeCause.record("create web"));
      cluster.rollout().status("app/web");
      cluster.rollout().setImage("app/web", "web", "nginx:1.26");
      cluster.rollout().status("app/web");

      assertThat(cluster)
          .deployment("app/web")
          .rolloutHistory()
          .hasRevisions(1, 2)
          .hasCurrentRevision(2)
          .hasImages(1, "nginx:1.25")
          .hasImages(2, "nginx:1.26")
          .hasChangeCause(1, "create web");
      KubemuSoftAssertions softly = new KubemuSoftAssertions();
      softly.assertThat(cluster).deployment("app/web").rolloutHistory().hasRevisions(1);
      softly.assertThat(cluster.rollout().history("app/web")).hasCurrentRevision(1);
      then(softly.assertionErrorsCollected()).hasSize(2);
    }
  }
}
