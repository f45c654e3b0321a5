package io.kubemu.engine.controller.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubemu.engine.controller.util.Harness;
import io.kubemu.model.apps.Deployment;
import io.kubemu.model.apps.DeploymentCondition;
import io.kubemu.model.apps.ReplicaSet;
import io.kubemu.model.core.Pod;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The seed's section 2 (SCENARIOS.md 2.3.1 to 2.3.5) against the controllers, pods made ready 5 s
 * after creation, 1 s apart by creation order, as the seed's readiness probe (initialDelay 5 s)
 * staggers them.
 */
class SeedDeploymentTest {

  static Harness harness() {
    int[] n = {0};
    return new Harness(7).readyDelay(p -> Duration.ofSeconds(5 + n[0]++ % 5)).start();
  }

  @Test
  void createMakesOneReplicaSetWithTheHashAndFivePods() {
    Seed s = new Seed(harness());
    s.apply("v1.12");
    List<String> lines = s.rollouts.status(Seed.KEY);

    List<ReplicaSet> sets = s.replicaSets();
    assertThat(sets).hasSize(1);
    ReplicaSet rs = sets.get(0);
    String hash = rs.metadata().label(Deployment.POD_TEMPLATE_HASH_LABEL);
    assertThat(rs.metadata().name()).isEqualTo("nginx-deploy-" + hash);
    assertThat(rs.spec().selector().matchLabels()).containsEntry("pod-template-hash", hash);
    assertThat(rs.spec().template().metadata().labels()).containsEntry("pod-template-hash", hash);
    assertThat(rs.metadata().annotations())
        .containsEntry(Deployment.REVISION_ANNOTATION, "1")
        .containsEntry(Deployment.CHANGE_CAUSE_ANNOTATION, Seed.cause("v1.12"))
        .containsEntry(DeploymentUtil.DESIRED_REPLICAS_ANNOTATION, "5")
        .containsEntry(DeploymentUtil.MAX_REPLICAS_ANNOTATION, "6")
        .doesNotContainKey(DeploymentUtil.LAST_APPLIED_CONFIG_ANNOTATION);
    Deployment d = s.deployment();
    assertThat(rs.metadata().controllerRef().uid()).isEqualTo(d.metadata().uid());

    List<Pod> pods = s.h.api.list(Pod.class, Seed.NS);
    assertThat(pods).hasSize(5);
    assertThat(pods)
        .allSatisfy(
            p -> {
              assertThat(p.metadata().name())
                  .matches("nginx-deploy-" + hash + "-[bcdfghjklmnpqrstvwxz2456789]{5}");
              assertThat(p.metadata().labels()).containsEntry("pod-template-hash", hash);
              assertThat(p.metadata().controllerRef().name()).isEqualTo(rs.metadata().name());
            });

    assertThat(d.status().replicas()).isEqualTo(5);
    assertThat(d.status().updatedReplicas()).isEqualTo(5);
    assertThat(d.status().availableReplicas()).isEqualTo(5);
    assertThat(d.status().unavailableReplicas()).isZero();
    assertThat(d.status().observedGeneration()).isEqualTo(d.metadata().generation());
    DeploymentCondition available = d.status().condition(DeploymentCondition.AVAILABLE);
    assertThat(available.reason()).isEqualTo("MinimumReplicasAvailable");
    assertThat(available.message()).isEqualTo("Deployment has minimum availability.");
    DeploymentCondition progressing = d.status().condition(DeploymentCondition.PROGRESSING);
    assertThat(progressing.reason()).isEqualTo("NewReplicaSetAvailable");
    assertThat(progressing.message())
        .isEqualTo("ReplicaSet \"" + rs.metadata().name() + "\" has successfully progressed.");
    assertThat(s.h.events(d))
        .containsExactly(
            "ScalingReplicaSet Scaled up replica set " + rs.metadata().name() + " to 5");
    assertThat(lines).last().isEqualTo("deployment \"nginx-deploy\" successfully rolled out");
    assertThat(lines.get(0))
        .isEqualTo(
            "Waiting for deployment \"nginx-deploy\" rollout to finish: 0 of 5 updated replicas are"
                + " available...");
  }

  @Test
  void blueGreenCreatesAllNewPodsAtOnceAndCountsOldPodsDown() {
    Seed s = new Seed(harness());
    s.apply("v1.12");
    s.rollouts.status(Seed.KEY);
    long from = s.h.timeline.size();
    s.apply("v1.13");

    assertThat(s.replicaSetOf("v1.13").spec().replicas()).isEqualTo(5);
    assertThat(s.activePodsByVersion()).isEqualTo(Map.of("v1.12", 5, "v1.13", 5));
    List<String> lines = s.rollouts.status(Seed.KEY);

    assertThat(lines).first().isEqualTo(pending(5));
    assertThat(lines).last().isEqualTo("deployment \"nginx-deploy\" successfully rolled out");
    assertThat(lines.stream().distinct().toList())
        .containsExactly(
            pending(5),
            pending(4),
            pending(3),
            pending(2),
            pending(1),
            "deployment \"nginx-deploy\" successfully rolled out");
    Seed.Extremes x = Seed.extremes(s.h.timeline, from, Seed.NS);
    assertThat(x.maxPods()).isEqualTo(10);
    assertThat(x.minAvailable()).isEqualTo(5);
    assertThat(s.replicaSetOf("v1.12").spec().replicas()).isZero();
    assertThat(s.replicaSetOf("v1.13").status().readyReplicas()).isEqualTo(5);
    assertThat(s.rollouts.history(Seed.KEY).table())
        .isEqualTo(
            "REVISION  CHANGE-CAUSE\n"
                + "1         "
                + Seed.cause("v1.12")
                + "\n"
                + "2         "
                + Seed.cause("v1.13")
                + "\n");
  }

  static String pending(int n) {
    return "Waiting for deployment \"nginx-deploy\" rollout to finish: "
        + n
        + " old replicas are pending termination...";
  }

  @Test
  void rollingUpdateStaysWithinOneSurgePodAndFullAvailability() {
    Seed s = new Seed(harness());
    s.apply("v1.12");
    s.rollouts.status(Seed.KEY);
    s.apply("v1.13");
    s.rollouts.status(Seed.KEY);
    long from = s.h.timeline.size();
    s.apply("v1.14");
    assertThat(s.activePodsByVersion()).isEqualTo(Map.of("v1.13", 5, "v1.14", 1));
    List<String> lines = s.rollouts.status(Seed.KEY);

    Seed.Extremes x = Seed.extremes(s.h.timeline, from, Seed.NS);
    assertThat(x.maxPods()).isEqualTo(6);
    assertThat(x.minAvailable()).isEqualTo(5);
    assertThat(lines).last().isEqualTo("deployment \"nginx-deploy\" successfully rolled out");
    assertThat(s.replicaSets()).hasSize(3);
    assertThat(s.rollouts.history(Seed.KEY).numbers()).containsExactly(1L, 2L, 3L);
    assertThat(s.activePodsByVersion()).isEqualTo(Map.of("v1.14", 5));
  }

  @Test
  void canaryPausedRightAfterTheChangeKeepsOneNewPodBesideFiveOld() {
    Seed s = new Seed(harness());
    for (String v : List.of("v1.12", "v1.13", "v1.14")) {
      s.apply(v);
      s.rollouts.status(Seed.KEY);
    }
    s.apply("v1.15");
    assertThat(s.rollouts.pause(Seed.KEY)).isEqualTo("deployment.apps/nginx-deploy paused");
    s.h.loop.advance(Duration.ofMinutes(5));

    assertThat(s.activePodsByVersion()).isEqualTo(Map.of("v1.14", 5, "v1.15", 1));
    assertThat(s.replicaSetOf("v1.15").spec().replicas()).isEqualTo(1);
    assertThat(s.replicaSetOf("v1.14").spec().replicas()).isEqualTo(5);
    assertThat(s.rollouts.history(Seed.KEY).numbers()).containsExactly(1L, 2L, 3L, 4L);
    DeploymentCondition p = s.deployment().status().condition(DeploymentCondition.PROGRESSING);
    assertThat(p.reason()).isEqualTo("DeploymentPaused");
    assertThat(p.status()).isEqualTo("Unknown");

    s.rollouts.resume(Seed.KEY);
    s.rollouts.pause(Seed.KEY);
    s.h.loop.advance(Duration.ofMinutes(5));
    assertThat(s.activePodsByVersion()).isEqualTo(Map.of("v1.14", 4, "v1.15", 2));

    assertThat(s.rollouts.resume(Seed.KEY)).isEqualTo("deployment.apps/nginx-deploy resumed");
    assertThat(s.rollouts.status(Seed.KEY))
        .last()
        .isEqualTo("deployment \"nginx-deploy\" successfully rolled out");
    assertThat(s.activePodsByVersion()).isEqualTo(Map.of("v1.15", 5));
  }

  @Test
  void undoRenumbersTheOldRevisionAndReusesItsReplicaSet() {
    Seed s = new Seed(harness());
    for (String v : List.of("v1.12", "v1.13", "v1.14", "v1.15")) {
      s.apply(v);
      s.rollouts.status(Seed.KEY);
    }
    ReplicaSet v14 = s.replicaSetOf("v1.14");
    assertThat(s.rollouts.history(Seed.KEY).numbers()).containsExactly(1L, 2L, 3L, 4L);

    assertThat(s.rollouts.undo(Seed.KEY)).isEqualTo("deployment.apps/nginx-deploy rolled back");
    assertThat(s.rollouts.status(Seed.KEY))
        .last()
        .isEqualTo("deployment \"nginx-deploy\" successfully rolled out");

    RolloutHistory history = s.rollouts.history(Seed.KEY);
    assertThat(history.numbers()).containsExactly(1L, 2L, 4L, 5L);
    assertThat(history.revision(5).orElseThrow().replicaSet()).isEqualTo(v14.metadata().name());
    assertThat(history.revision(5).orElseThrow().changeCause()).isEqualTo(Seed.cause("v1.14"));
    assertThat(history.render())
        .isEqualTo(
            "deployment.apps/nginx-deploy \n"
                + "REVISION  CHANGE-CAUSE\n"
                + "1         "
                + Seed.cause("v1.12")
                + "\n"
                + "2         "
                + Seed.cause("v1.13")
                + "\n"
                + "4         "
                + Seed.cause("v1.15")
                + "\n"
                + "5         "
                + Seed.cause("v1.14")
                + "\n\n");
    assertThat(s.replicaSetOf("v1.14").metadata().annotations())
        .containsEntry(DeploymentUtil.REVISION_HISTORY_ANNOTATION, "3");
    assertThat(s.activePodsByVersion()).isEqualTo(Map.of("v1.14", 5));
    assertThat(s.h.activePods(Seed.NS))
        .allMatch(p -> p.metadata().controllerRef().uid().equals(v14.metadata().uid()));
    assertThat(s.deployment().metadata().annotation(Deployment.CHANGE_CAUSE_ANNOTATION))
        .isEqualTo(Seed.cause("v1.14"));

    assertThat(s.rollouts.undo(Seed.KEY, 2)).isEqualTo("deployment.apps/nginx-deploy rolled back");
    s.rollouts.status(Seed.KEY);
    assertThat(s.rollouts.history(Seed.KEY).numbers()).containsExactly(1L, 4L, 5L, 6L);
    assertThat(s.activePodsByVersion()).isEqualTo(Map.of("v1.13", 5));
  }
}
