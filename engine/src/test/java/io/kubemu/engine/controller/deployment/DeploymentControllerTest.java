package io.kubemu.engine.controller.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubemu.engine.api.Verb;
import io.kubemu.engine.controller.util.ControllerUtils;
import io.kubemu.engine.controller.util.Harness;
import io.kubemu.engine.events.Timeline;
import io.kubemu.manifest.Manifests;
import io.kubemu.model.apps.Deployment;
import io.kubemu.model.apps.DeploymentCondition;
import io.kubemu.model.apps.ReplicaSet;
import io.kubemu.model.core.Pod;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The deployment controller end to end: strategies, conditions, scaling, history. */
class DeploymentControllerTest {

  static Deployment web(int replicas, String strategy, String image, int progressDeadline) {
    return Manifests.readOne(
        """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
          namespace: app
        spec:
          replicas: %d
          progressDeadlineSeconds: %d
          revisionHistoryLimit: 2
          selector:
            matchLabels:
              app: web
          strategy:
            %s
          template:
            metadata:
              labels:
                app: web
            spec:
              containers:
              - name: web
                image: %s
        """
            .formatted(replicas, progressDeadline, strategy, image),
        Deployment.class);
  }

  static final String ROLLING = "type: RollingUpdate";
  static final String RECREATE = "type: Recreate";

  static Deployment apply(Harness h, Deployment d) {
    Deployment stored = h.api.apply(d).object();
    h.loop.runDue();
    return stored;
  }

  static Deployment get(Harness h) {
    return h.api.get(Deployment.class, "app", "web");
  }

  @Test
  void recreateRemovesEveryOldPodBeforeCreatingNewOnes() {
    Harness h = new Harness(3).terminationDelay(Duration.ofSeconds(3)).start();
    DeploymentRollouts r = new DeploymentRollouts(h.api);
    apply(h, web(3, RECREATE, "nginx:1.24", 600));
    r.status("app/web");
    long from = h.timeline.size();
    apply(h, web(3, RECREATE, "nginx:1.25", 600));
    r.status("app/web");

    Instant lastOldGone = null;
    Instant firstNewCreated = null;
    for (Timeline.Entry e : h.timeline.entries()) {
      if (e.sequence() < from || !e.is(Pod.class)) continue;
      Pod p = e.as(Pod.class);
      boolean isNew = p.spec().containers().get(0).image().equals("nginx:1.25");
      if (!isNew && e.verb() == Verb.DELETED_FINAL) lastOldGone = e.time();
      if (isNew && e.verb() == Verb.CREATE && firstNewCreated == null) firstNewCreated = e.time();
    }
    assertThat(lastOldGone).isNotNull();
    assertThat(firstNewCreated).isAfterOrEqualTo(lastOldGone);
    assertThat(h.activePods("app"))
        .hasSize(3)
        .allMatch(p -> p.spec().containers().get(0).image().equals("nginx:1.25"));
  }

  @Test
  void progressDeadlineExceededWhenPodsNeverBecomeReady() {
    Harness h = new Harness(3).readyDelay(p -> null).start();
    DeploymentRollouts r = new DeploymentRollouts(h.api);
    apply(h, web(2, ROLLING, "nginx:1.25", 10));

    List<String> lines = r.status("app/web");

    assertThat(lines)
        .containsExactly(
            "Waiting for deployment \"web\" rollout to finish: 0 of 2 updated replicas are"
                + " available...",
            "error: deployment \"web\" exceeded its progress deadline");
    DeploymentCondition p = get(h).status().condition(DeploymentCondition.PROGRESSING);
    String rs = h.api.list(ReplicaSet.class, "app").get(0).metadata().name();
    assertThat(p.status()).isEqualTo("False");
    assertThat(p.reason()).isEqualTo("ProgressDeadlineExceeded");
    assertThat(p.message()).isEqualTo("ReplicaSet \"" + rs + "\" has timed out progressing.");
    // the deadline is checked 10 s after the last progress, plus a second against rounding
    assertThat(p.lastUpdateTime()).isEqualTo(Harness.T0.plusSeconds(11));
    DeploymentCondition a = get(h).status().condition(DeploymentCondition.AVAILABLE);
    assertThat(a.reason()).isEqualTo("MinimumReplicasUnavailable");
    assertThat(a.status()).isEqualTo("False");
  }

  @Test
  void pausedAndResumedConditions() {
    Harness h = new Harness(3).start();
    DeploymentRollouts r = new DeploymentRollouts(h.api);
    apply(h, web(2, ROLLING, "nginx:1.25", 600));
    r.status("app/web");
    r.pause("app/web");
    DeploymentCondition paused = get(h).status().condition(DeploymentCondition.PROGRESSING);
    assertThat(paused.reason()).isEqualTo("DeploymentPaused");
    assertThat(paused.message()).isEqualTo("Deployment is paused");
    r.resume("app/web");
    // the resumed condition is written, then replaced at once: the rollout is complete
    List<String> reasons =
        h.timeline.history(Deployment.class, "app/web").stream()
            .filter(d -> d.status() != null)
            .map(d -> d.status().condition(DeploymentCondition.PROGRESSING))
            .filter(c -> c != null)
            .map(c -> c.reason() + ": " + c.message())
            .toList();
    assertThat(
            reasons.subList(
                reasons.indexOf("DeploymentPaused: Deployment is paused"), reasons.size()))
        .containsSubsequence(
            "DeploymentPaused: Deployment is paused",
            "DeploymentResumed: Deployment is resumed",
            "NewReplicaSetAvailable: ReplicaSet \""
                + h.api.list(ReplicaSet.class, "app").get(0).metadata().name()
                + "\" has successfully progressed.");
  }

  @Test
  void aHashClashBumpsTheCollisionCount() {
    Harness h = new Harness(3).start();
    Deployment d = web(2, ROLLING, "nginx:1.25", 600);
    // the defaulted template's hash, as the controller will compute it
    Deployment probe = h.api.create(d.withMetadata(d.metadata().withName("probe")));
    String hash = ControllerUtils.computeHash(probe.spec().template(), null);
    h.api.delete(Deployment.class, "app", "probe");
    ReplicaSet squatter =
        Manifests.readOne(
            """
            apiVersion: apps/v1
            kind: ReplicaSet
            metadata:
              name: web-%s
              namespace: app
            spec:
              replicas: 0
              selector:
                matchLabels:
                  app: other
              template:
                metadata:
                  labels:
                    app: other
                spec:
                  containers:
                  - name: other
                    image: busybox
            """
                .formatted(hash),
            ReplicaSet.class);
    h.api.create(squatter);
    apply(h, d);
    h.loop.advance(Duration.ofSeconds(30));

    Deployment got = get(h);
    assertThat(got.status().collisionCount()).isEqualTo(1);
    String newHash = ControllerUtils.computeHash(got.spec().template(), 1);
    assertThat(newHash).isNotEqualTo(hash);
    ReplicaSet rs = h.api.get(ReplicaSet.class, "app", "web-" + newHash);
    assertThat(rs.status().availableReplicas()).isEqualTo(2);
  }

  @Test
  void revisionHistoryLimitRemovesTheOldestEmptyReplicaSets() {
    Harness h = new Harness(3).start();
    DeploymentRollouts r = new DeploymentRollouts(h.api);
    for (String image :
        List.of("nginx:1.21", "nginx:1.22", "nginx:1.23", "nginx:1.24", "nginx:1.25")) {
      apply(h, web(2, ROLLING, image, 600));
      r.status("app/web");
    }
    // limit 2: the new set and the two newest old ones
    assertThat(r.history("app/web").numbers()).containsExactly(3L, 4L, 5L);
    assertThat(h.api.list(ReplicaSet.class, "app")).hasSize(3);
  }

  @Test
  void scalingMidRolloutIsProportional() {
    Harness h = new Harness(3).readyDelay(p -> null).start();
    Deployment v1 =
        web(10, "rollingUpdate:\n      maxSurge: 3\n      maxUnavailable: 2", "nginx:1.24", 600);
    Harness.class.getName();
    // v1 becomes available by hand: the pods of the first template are made ready
    apply(h, v1);
    for (Pod p : h.api.list(Pod.class, "app")) {
      h.markReady("app", p.metadata().name(), p.metadata().uid());
    }
    h.loop.advance(Duration.ofSeconds(1));
    apply(
        h,
        web(10, "rollingUpdate:\n      maxSurge: 3\n      maxUnavailable: 2", "nginx:1.25", 600));
    h.loop.advance(Duration.ofSeconds(1));
    // the new pods never get ready: old 8, new 5 (13 = 10 + surge 3)
    ReplicaSet newRS = rsWithImage(h, "nginx:1.25");
    ReplicaSet oldRS = rsWithImage(h, "nginx:1.24");
    assertThat(newRS.spec().replicas()).isEqualTo(5);
    assertThat(oldRS.spec().replicas()).isEqualTo(8);

    new DeploymentRollouts(h.api).scale("app/web", 20);
    // 23 = 20 + 3 spread as 8:5 of the 13 sized for: old round(8*23/13) = 14, new the rest, 9
    assertThat(rsWithImage(h, "nginx:1.24").spec().replicas()).isEqualTo(14);
    assertThat(rsWithImage(h, "nginx:1.25").spec().replicas()).isEqualTo(9);
    assertThat(rsWithImage(h, "nginx:1.25").metadata().annotations())
        .containsEntry(DeploymentUtil.DESIRED_REPLICAS_ANNOTATION, "20")
        .containsEntry(DeploymentUtil.MAX_REPLICAS_ANNOTATION, "23");
    assertThat(h.events(get(h)))
        .contains(
            "ScalingReplicaSet Scaled up replica set " + oldRS.metadata().name() + " to 14 from 8",
            "ScalingReplicaSet Scaled up replica set " + newRS.metadata().name() + " to 9 from 5");
  }

  static ReplicaSet rsWithImage(Harness h, String image) {
    return h.api.list(ReplicaSet.class, "app").stream()
        .filter(rs -> rs.spec().template().spec().containers().get(0).image().equals(image))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void deprecatedRollbackToAnnotationRollsBack() {
    Harness h = new Harness(3).start();
    DeploymentRollouts r = new DeploymentRollouts(h.api);
    apply(h, web(2, ROLLING, "nginx:1.24", 600));
    r.status("app/web");
    apply(h, web(2, ROLLING, "nginx:1.25", 600));
    r.status("app/web");
    Deployment d = get(h);
    h.api.update(
        d.withMetadata(d.metadata().withAnnotation(DeploymentUtil.DEPRECATED_ROLLBACK_TO, "1")));
    h.loop.runDue();
    r.status("app/web");

    Deployment after = get(h);
    assertThat(after.metadata().annotations())
        .doesNotContainKey(DeploymentUtil.DEPRECATED_ROLLBACK_TO);
    assertThat(after.spec().template().spec().containers().get(0).image()).isEqualTo("nginx:1.24");
    assertThat(h.events(after))
        .contains("DeploymentRollback Rolled back deployment \"web\" to revision 1");
    assertThat(r.history("app/web").numbers()).containsExactly(2L, 3L);
  }

  @Test
  void restartRollsEveryPod() {
    Harness h = new Harness(3).start();
    DeploymentRollouts r = new DeploymentRollouts(h.api);
    apply(h, web(2, ROLLING, "nginx:1.25", 600));
    r.status("app/web");
    List<String> before = h.activePods("app").stream().map(p -> p.metadata().name()).toList();
    h.loop.advance(Duration.ofSeconds(30));
    assertThat(r.restart("app/web")).isEqualTo("deployment.apps/web restarted");
    r.status("app/web");
    assertThat(get(h).spec().template().metadata().annotations())
        .containsEntry(DeploymentRollouts.RESTARTED_AT_ANNOTATION, "2026-01-01T00:00:35Z");
    assertThat(h.activePods("app")).hasSize(2).noneMatch(p -> before.contains(p.metadata().name()));
  }

  @Test
  void setImageRollsOutAndHistoryShowsTheTemplate() {
    Harness h = new Harness(3).start();
    DeploymentRollouts r = new DeploymentRollouts(h.api);
    apply(h, web(2, ROLLING, "nginx:1.24", 600));
    r.status("app/web");
    assertThat(r.setImage("app/web", "web", "nginx:1.25"))
        .isEqualTo("deployment.apps/web image updated");
    r.status("app/web");
    RolloutHistory history = r.history("app/web");
    assertThat(history.revision(2).orElseThrow().images()).containsExactly("nginx:1.25");
    String hash = history.revision(2).orElseThrow().podTemplateHash();
    assertThat(history.render(2))
        .isEqualTo(
            "deployment.apps/web with revision #2\n"
                + "Pod Template:\n"
                + "  Labels:\tapp=web\n"
                + "\tpod-template-hash="
                + hash
                + "\n"
                + "  Containers:\n"
                + "   web:\n"
                + "    Image:\tnginx:1.25\n"
                + "    Port:\t<none>\n"
                + "    Host Port:\t<none>\n"
                + "    Environment:\t<none>\n"
                + "    Mounts:\t<none>\n"
                + "  Volumes:\t<none>\n"
                + "  Node-Selectors:\t<none>\n"
                + "  Tolerations:\t<none>\n"
                + "\n");
  }

  @Test
  void aPausedDeploymentScalesButStartsNoRollout() {
    Harness h = new Harness(3).start();
    DeploymentRollouts r = new DeploymentRollouts(h.api);
    apply(h, web(2, ROLLING, "nginx:1.24", 600));
    r.status("app/web");
    r.pause("app/web");
    apply(h, web(2, ROLLING, "nginx:1.25", 600).withPaused(true));
    r.scale("app/web", 4);
    h.loop.advance(Duration.ofMinutes(1));

    assertThat(h.api.list(ReplicaSet.class, "app")).hasSize(1);
    assertThat(h.activePods("app"))
        .hasSize(4)
        .allMatch(p -> p.spec().containers().get(0).image().equals("nginx:1.24"));
    assertThat(get(h).status().observedGeneration()).isEqualTo(get(h).metadata().generation());

    r.resume("app/web");
    r.status("app/web");
    assertThat(h.activePods("app"))
        .hasSize(4)
        .allMatch(p -> p.spec().containers().get(0).image().equals("nginx:1.25"));
  }
}
