package io.kubemu.engine.controller.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kubemu.engine.api.ApiException;
import io.kubemu.engine.controller.util.Harness;
import io.kubemu.model.apps.Deployment;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** kubectl's client-side answers: errors, skipped rollbacks, history rendering. */
class DeploymentRolloutsTest {

  static Seed seedAt(String... versions) {
    Seed s = new Seed(new Harness(5).start());
    for (String v : versions) {
      s.apply(v);
      s.rollouts.status(Seed.KEY);
    }
    return s;
  }

  @Test
  void undoToAMissingRevisionFailsAsKubectlDoes() {
    Seed s = seedAt("v1.12", "v1.13");
    assertThatThrownBy(() -> s.rollouts.undo(Seed.KEY, 7))
        .isInstanceOf(RolloutException.class)
        .hasMessage("unable to find specified revision 7 in history");
    assertThatThrownBy(() -> s.rollouts.undo(Seed.KEY, -1))
        .hasMessage("unable to find specified revision -1 in history");
  }

  @Test
  void undoWithoutAPreviousRevisionFails() {
    Seed s = seedAt("v1.12");
    assertThatThrownBy(() -> s.rollouts.undo(Seed.KEY))
        .isInstanceOf(RolloutException.class)
        .hasMessage("no rollout history found for deployment \"nginx-deploy\"");
  }

  @Test
  void undoToTheCurrentTemplateIsSkipped() {
    Seed s = seedAt("v1.12", "v1.13");
    assertThat(s.rollouts.undo(Seed.KEY, 2))
        .isEqualTo(
            "deployment.apps/nginx-deploy skipped rollback (current template already matches"
                + " revision 2)");
    assertThat(s.rollouts.history(Seed.KEY).numbers()).containsExactly(1L, 2L);
  }

  @Test
  void aPausedDeploymentCannotBeRolledBackOrRestarted() {
    Seed s = seedAt("v1.12", "v1.13");
    s.rollouts.pause(Seed.KEY);
    assertThatThrownBy(() -> s.rollouts.undo(Seed.KEY))
        .hasMessage(
            "you cannot rollback a paused deployment; resume it first with 'kubectl rollout"
                + " resume deployment/nginx-deploy' and try again");
    assertThatThrownBy(() -> s.rollouts.restart(Seed.KEY))
        .hasMessage(
            "deployments.apps \"nginx-deploy\" can't restart paused deployment (run rollout resume"
                + " first)");
    assertThatThrownBy(() -> s.rollouts.pause(Seed.KEY))
        .hasMessage("deployments.apps \"nginx-deploy\" is already paused");
    s.rollouts.resume(Seed.KEY);
    assertThatThrownBy(() -> s.rollouts.resume(Seed.KEY))
        .hasMessage("deployments.apps \"nginx-deploy\" is not paused");
  }

  @Test
  void historyOfAnUnknownRevisionAndMissingDeployments() {
    Seed s = seedAt("v1.12");
    assertThatThrownBy(() -> s.rollouts.history(Seed.KEY).render(3))
        .isInstanceOf(RolloutException.class)
        .hasMessage("unable to find the specified revision");
    assertThatThrownBy(() -> s.rollouts.history("app/nope"))
        .isInstanceOf(ApiException.NotFound.class)
        .hasMessage("deployments.apps \"nope\" not found");
    assertThatThrownBy(() -> s.rollouts.setImage(Seed.KEY, "nope", "x"))
        .isInstanceOf(RolloutException.class)
        .hasMessage("unable to find container named \"nope\"");
  }

  @Test
  void historyDetailDescribesTheSeedTemplate() {
    Seed s = seedAt("v1.12");
    RolloutHistory h = s.rollouts.history(Seed.KEY);
    String hash = h.revision(1).orElseThrow().podTemplateHash();
    assertThat(h.render(1))
        .isEqualTo(
            "deployment.apps/nginx-deploy with revision #1\n"
                + "Pod Template:\n"
                + "  Labels:\tapp=nginx\n"
                + "\tpartition=website\n"
                + "\tpod-template-hash="
                + hash
                + "\n"
                + "\trelease=stable\n"
                + "\ttier=slb\n"
                + "\tversion=v1.12\n"
                + "  Annotations:\tkubernetes.io/change-cause: "
                + Seed.cause("v1.12")
                + "\n"
                + "  Containers:\n"
                + "   nginx-pod:\n"
                + "    Image:\tharbor.od.com/public/nginx:v1.12\n"
                + "    Port:\t<none>\n"
                + "    Host Port:\t<none>\n"
                + "    Liveness:\thttp-get http://:80/health.html delay=10s timeout=1s period=5s"
                + " #success=1 #failure=3\n"
                + "    Readiness:\thttp-get http://:80/health.html delay=5s timeout=1s period=10s"
                + " #success=1 #failure=3\n"
                + "    Environment:\t<none>\n"
                + "    Mounts:\t<none>\n"
                + "  Volumes:\t<none>\n"
                + "  Node-Selectors:\t<none>\n"
                + "  Tolerations:\t<none>\n"
                + "\n");
  }

  @Test
  void scaleIsReported() {
    Seed s = seedAt("v1.12");
    assertThat(s.rollouts.scale(Seed.KEY, 3)).isEqualTo("deployment.apps/nginx-deploy scaled");
    s.h.loop.advance(Duration.ofSeconds(40));
    assertThat(s.h.activePods(Seed.NS)).hasSize(3);
  }

  /**
   * The controller writes the revision annotation of the Deployment with its status, as upstream
   * does (the Deployment status strategy keeps metadata other than labels).
   */
  @Test
  void theDeploymentCarriesItsRevisionAndStatusChecksIt() {
    Seed s = seedAt("v1.12", "v1.13");
    Deployment d = s.deployment();
    Deployment annotated =
        d.withMetadata(d.metadata().withAnnotation("kubemu.io/probe", "status-keeps-metadata"));
    s.h.api.updateStatus(annotated);
    assertThat(s.deployment().metadata().annotations()).containsKey("kubemu.io/probe");
    assertThat(s.deployment().metadata().annotation(Deployment.REVISION_ANNOTATION)).isEqualTo("2");
    List<String> lines = s.rollouts.status(Seed.KEY, Duration.ofMinutes(1), 1);
    assertThat(lines)
        .containsExactly("error: desired revision (1) is different from the running revision (2)");
    assertThat(s.rollouts.status(Seed.KEY, Duration.ofMinutes(1), 2))
        .containsExactly("deployment \"nginx-deploy\" successfully rolled out");
  }

  @Test
  void statusTimesOut() {
    Seed s = new Seed(new Harness(5).readyDelay(p -> null).start());
    s.apply("v1.12");
    assertThat(s.rollouts.status(Seed.KEY, Duration.ofSeconds(30), 0))
        .last()
        .isEqualTo("error: timed out waiting for the condition");
    assertThat(s.h.api.get(Deployment.class, Seed.NS, "nginx-deploy")).isNotNull();
  }
}
