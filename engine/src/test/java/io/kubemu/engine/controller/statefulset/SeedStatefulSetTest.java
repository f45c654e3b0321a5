package io.kubemu.engine.controller.statefulset;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubemu.engine.api.ApiServer;
import io.kubemu.engine.api.Verb;
import io.kubemu.engine.api.admission.DefaultAdmission;
import io.kubemu.engine.controller.ControllerContext;
import io.kubemu.engine.controller.volume.PersistentVolumeController;
import io.kubemu.engine.controller.volume.VolumeFilesystems;
import io.kubemu.engine.events.EventRecorder;
import io.kubemu.engine.events.Timeline;
import io.kubemu.engine.time.EventLoop;
import io.kubemu.manifest.Manifests;
import io.kubemu.model.apps.StatefulSet;
import io.kubemu.model.core.ConditionStatus;
import io.kubemu.model.core.PersistentVolume;
import io.kubemu.model.core.PersistentVolumeClaim;
import io.kubemu.model.core.Pod;
import io.kubemu.model.core.PodCondition;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Seed section 6 on the virtual clock: {@code statefulset-nginx-web.yaml} in namespace apps with
 * the StatefulSet and PV controllers and a {@link FakeKubelet} (start 1s, ready 5s later, stop 2s).
 */
class SeedStatefulSetTest {
  static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");
  static final String V1 = "linuxduduniao/nginx:v1.0.0";
  static final String V2 = "linuxduduniao/nginx:v2.0.0";

  final EventLoop loop = new EventLoop(T0, 7);
  final Timeline timeline = new Timeline();
  final ApiServer api = new ApiServer(loop, ApiServer.Options.DEFAULT, timeline);
  final VolumeFilesystems files = new VolumeFilesystems();

  SeedStatefulSetTest() {
    DefaultAdmission.install(api); // defaulting and validation, as in a real cluster
    ControllerContext ctx = new ControllerContext(api, loop, new EventRecorder(api));
    new StatefulSetController(ctx).start();
    new PersistentVolumeController(ctx, files).start();
    new FakeKubelet(api, Duration.ofSeconds(1), Duration.ofSeconds(5), Duration.ofSeconds(2))
        .start();
    api.applyAll(Manifests.readResource("seed/manifests/statefulset-nginx-web.yaml"));
    loop.runUntilIdle();
  }

  StatefulSet sts() {
    return api.get(StatefulSet.class, "apps", "nginx-web");
  }

  void edit(UnaryOperator<StatefulSet> change) {
    api.update(change.apply(sts()));
    loop.runUntilIdle();
  }

  List<Timeline.Entry> podWrites(String name, Verb verb, Instant since) {
    return timeline.of(Pod.class, "apps/" + name).stream()
        .filter(e -> e.verb() == verb && !e.time().isBefore(since))
        .toList();
  }

  Instant created(String pod, Instant since) {
    return podWrites(pod, Verb.CREATE, since).get(0).time();
  }

  Instant deleted(String pod, Instant since) { // deletion requested (terminating)
    return podWrites(pod, Verb.DELETE, since).get(0).time();
  }

  Instant gone(String pod, Instant since) {
    return podWrites(pod, Verb.DELETED_FINAL, since).get(0).time();
  }

  Instant ready(String pod, Instant since) {
    return podWrites(pod, Verb.UPDATE_STATUS, since).stream()
        .filter(e -> isReady(e.as(Pod.class)))
        .findFirst()
        .orElseThrow()
        .time();
  }

  static boolean isReady(Pod p) {
    PodCondition c = p.status() == null ? null : p.status().condition(PodCondition.READY);
    return c != null && ConditionStatus.TRUE.equals(c.status());
  }

  Pod pod(String name) {
    return api.get(Pod.class, "apps", name);
  }

  String image(String pod) {
    return pod(pod).spec().containers().get(0).image();
  }

  @Test
  void createsPodZeroThenPodOneOnceZeroIsReadyWithBoundClaims() {
    assertThat(created("nginx-web-0", T0)).isEqualTo(T0);
    assertThat(ready("nginx-web-0", T0)).isEqualTo(T0.plusSeconds(6));
    assertThat(created("nginx-web-1", T0)).isEqualTo(T0.plusSeconds(6));
    for (int i = 0; i < 2; i++) {
      PersistentVolumeClaim c =
          api.get(PersistentVolumeClaim.class, "apps", "nginx-web-nginx-web-" + i);
      assertThat(c.status().phase()).isEqualTo("Bound");
      PersistentVolume pv = api.get(PersistentVolume.class, null, c.spec().volumeName());
      assertThat(pv.metadata().name()).isEqualTo("pvc-" + c.metadata().uid());
      assertThat(pv.spec().storageClassName()).isEqualTo("managed-nfs-storage");
      assertThat(pv.status().phase()).isEqualTo("Bound");
      assertThat(pod("nginx-web-" + i).spec().hostname()).isEqualTo("nginx-web-" + i);
      assertThat(pod("nginx-web-" + i).spec().subdomain()).isEqualTo("my-svc");
    }
    var status = sts().status();
    assertThat(status.replicas()).isEqualTo(2);
    assertThat(status.readyReplicas()).isEqualTo(2);
    assertThat(status.availableReplicas()).isEqualTo(2);
    // defaulting gives every RollingUpdate a partition (0), so kubectl reports it partitioned
    assertThat(StatefulSetRollouts.status(sts()).message())
        .isEqualTo("partitioned roll out complete: 2 new pods have been updated...\n");
    assertThat(sts().spec().updateStrategy().rollingUpdate().partition()).isZero();
  }

  @Test
  void scalesUpInOrderAndDownInReverseOrder() {
    Instant t1 = loop.now();
    edit(s -> s.withReplicas(5));
    for (int i = 2; i <= 4; i++) {
      String prev = "nginx-web-" + (i - 1);
      assertThat(created("nginx-web-" + i, t1)).isEqualTo(ready(prev, created(prev, T0)));
    }
    assertThat(created("nginx-web-2", t1)).isEqualTo(t1);
    assertThat(created("nginx-web-3", t1)).isAfter(created("nginx-web-2", t1));
    assertThat(created("nginx-web-4", t1)).isAfter(created("nginx-web-3", t1));

    Instant t2 = loop.now();
    edit(s -> s.withReplicas(2));
    assertThat(deleted("nginx-web-4", t2)).isEqualTo(t2);
    assertThat(deleted("nginx-web-3", t2)).isEqualTo(gone("nginx-web-4", t2));
    assertThat(deleted("nginx-web-2", t2)).isEqualTo(gone("nginx-web-3", t2));
    assertThat(gone("nginx-web-2", t2)).isEqualTo(t2.plusSeconds(6));
    assertThat(api.list(Pod.class, "apps"))
        .extracting(p -> p.metadata().name())
        .containsExactly("nginx-web-0", "nginx-web-1");
    assertThat(api.list(PersistentVolumeClaim.class, "apps")).hasSize(5); // Retain: claims stay
  }

  @Test
  void setImageUpdatesInReverseOrdinalOrderKeepingNamesAndFiles() {
    files
        .forClaim(api, "apps", "nginx-web-nginx-web-0")
        .orElseThrow()
        .write("/index.html", "hello".getBytes(StandardCharsets.UTF_8));
    String uid0 = pod("nginx-web-0").metadata().uid();
    Instant t1 = loop.now();
    edit(s -> s.withImage("nginx-web", V2));

    assertThat(deleted("nginx-web-1", t1)).isEqualTo(t1);
    assertThat(created("nginx-web-1", t1)).isEqualTo(gone("nginx-web-1", t1));
    assertThat(deleted("nginx-web-0", t1))
        .isEqualTo(ready("nginx-web-1", created("nginx-web-1", t1)));
    assertThat(image("nginx-web-0")).isEqualTo(V2);
    assertThat(image("nginx-web-1")).isEqualTo(V2);
    assertThat(pod("nginx-web-0").metadata().uid()).isNotEqualTo(uid0);
    assertThat(files.forClaim(api, "apps", "nginx-web-nginx-web-0").orElseThrow().files())
        .containsEntry("/index.html", "hello"); // the volume outlived the pod
    var s = sts().status();
    assertThat(s.currentRevision()).isEqualTo(s.updateRevision());
    assertThat(StatefulSetRollouts.history(api, sts()))
        .isEqualTo("REVISION  CHANGE-CAUSE\n1         <none>\n2         <none>\n");
  }

  @Test
  void aPartitionUpdatesOnlyTheOrdinalsAtOrAboveIt() {
    edit(s -> s.withReplicas(5));
    Instant t1 = loop.now();
    edit(s -> s.withPartition(3).withImage("nginx-web", V2));
    assertThat(deleted("nginx-web-4", t1)).isBefore(deleted("nginx-web-3", t1));
    for (int i = 0; i < 3; i++) {
      assertThat(podWrites("nginx-web-" + i, Verb.DELETE, t1)).isEmpty();
      assertThat(image("nginx-web-" + i)).isEqualTo(V1);
    }
    assertThat(image("nginx-web-3")).isEqualTo(V2);
    assertThat(image("nginx-web-4")).isEqualTo(V2);
    assertThat(StatefulSetRollouts.status(sts()).message())
        .isEqualTo("partitioned roll out complete: 2 new pods have been updated...\n");

    Instant t2 = loop.now();
    edit(s -> s.withPartition(0));
    assertThat(deleted("nginx-web-2", t2)).isBefore(deleted("nginx-web-1", t2));
    assertThat(deleted("nginx-web-1", t2)).isBefore(deleted("nginx-web-0", t2));
    for (int i = 0; i < 5; i++) assertThat(image("nginx-web-" + i)).isEqualTo(V2);
    assertThat(podWrites("nginx-web-3", Verb.DELETE, t2)).isEmpty();
  }

  @Test
  void scaleToZeroThenDeleteKeepsClaimsAndVolumesBound() {
    edit(s -> s.withReplicas(0));
    assertThat(api.list(Pod.class, "apps")).isEmpty();
    api.delete(StatefulSet.class, "apps", "nginx-web");
    loop.runUntilIdle();
    assertThat(api.find(StatefulSet.class, "apps", "nginx-web")).isEmpty();
    List<PersistentVolumeClaim> claims = api.list(PersistentVolumeClaim.class, "apps");
    assertThat(claims)
        .extracting(c -> c.metadata().name())
        .containsExactly("nginx-web-nginx-web-0", "nginx-web-nginx-web-1");
    assertThat(claims).allSatisfy(c -> assertThat(c.status().phase()).isEqualTo("Bound"));
    assertThat(api.list(PersistentVolume.class))
        .hasSize(2)
        .allSatisfy(v -> assertThat(v.status().phase()).isEqualTo("Bound"));
  }

  @Test
  void undoRestoresThePreviousTemplate() {
    edit(s -> s.withImage("nginx-web", V2));
    assertThat(StatefulSetRollouts.undo(api, sts(), 0)).isEqualTo("rolled back");
    loop.runUntilIdle();
    assertThat(image("nginx-web-0")).isEqualTo(V1);
    assertThat(image("nginx-web-1")).isEqualTo(V1);
    assertThat(StatefulSetRollouts.history(api, sts()))
        .isEqualTo("REVISION  CHANGE-CAUSE\n2         <none>\n3         <none>\n");
    assertThat(StatefulSetRollouts.undo(api, sts(), 3))
        .isEqualTo("skipped rollback (current template already matches revision 3)");
  }
}
