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
import io.kubemu.model.core.PersistentVolumeClaim;
import io.kubemu.model.core.Pod;
import io.kubemu.model.core.Volume;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * StatefulSet identity under random scaling, image updates, partitions, pod deletions and pod
 * failures (with the StatefulSet and PV controllers and a {@link FakeKubelet}): replaying the
 * timeline, no two live pods ever hold the same ordinal, and every pod of ordinal k mounts claim
 * {@code data-web-k}, which is never recreated and never bound to another volume.
 */
class StatefulSetIdentityProperties {

  sealed interface Action {}

  record Scale(int replicas) implements Action {}

  record SetImage(int version) implements Action {}

  record Partition(int partition) implements Action {}

  record DeletePod(int ordinal) implements Action {}

  record FailPod(int ordinal) implements Action {}

  record Advance(int seconds) implements Action {}

  @Provide
  Arbitrary<List<Action>> scripts() {
    Arbitrary<Action> action =
        Arbitraries.oneOf(
            Arbitraries.integers().between(0, 5).map(Scale::new),
            Arbitraries.integers().between(1, 3).map(SetImage::new),
            Arbitraries.integers().between(0, 4).map(Partition::new),
            Arbitraries.integers().between(0, 4).map(DeletePod::new),
            Arbitraries.integers().between(0, 4).map(FailPod::new),
            Arbitraries.integers().between(1, 20).map(Advance::new));
    return action.list().ofMinSize(1).ofMaxSize(8);
  }

  @Property(tries = 200)
  void ordinalsAreNeverSharedAndClaimsStayWithTheirOrdinal(
      @ForAll("scripts") List<Action> script,
      @ForAll boolean parallel,
      @ForAll @IntRange(min = 1, max = 3) int replicas) {
    EventLoop loop = new EventLoop(Instant.parse("2024-01-01T00:00:00Z"), 11);
    Timeline timeline = new Timeline();
    ApiServer api = new ApiServer(loop, ApiServer.Options.DEFAULT, timeline);
    DefaultAdmission.install(api);
    ControllerContext ctx = new ControllerContext(api, loop, new EventRecorder(api));
    new StatefulSetController(ctx).start();
    new PersistentVolumeController(ctx, new VolumeFilesystems()).start();
    new FakeKubelet(api, Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(3))
        .start();
    api.create(statefulSet(replicas, parallel));
    loop.runUntilIdle();

    for (Action a : script) {
      apply(api, loop, a);
      loop.advance(Duration.ofSeconds(3)); // let part of it happen before the next action
    }
    loop.runUntilIdle();

    checkTimeline(timeline);
    int want = StatefulSetUtils.replicas(sts(api));
    assertThat(api.list(Pod.class, "default"))
        .extracting(p -> p.metadata().name())
        .containsExactlyInAnyOrderElementsOf(
            java.util.stream.IntStream.range(0, want).mapToObj(i -> "web-" + i).toList());
  }

  static void apply(ApiServer api, EventLoop loop, Action a) {
    if (a instanceof Scale s) {
      api.update(sts(api).withReplicas(s.replicas()));
    } else if (a instanceof SetImage i) {
      api.update(sts(api).withImage("web", "nginx:1." + i.version()));
    } else if (a instanceof Partition p) {
      api.update(sts(api).withPartition(p.partition()));
    } else if (a instanceof DeletePod d) {
      api.find(Pod.class, "default", "web-" + d.ordinal())
          .ifPresent(p -> api.delete(Pod.class, "default", p.metadata().name()));
    } else if (a instanceof FailPod f) {
      api.find(Pod.class, "default", "web-" + f.ordinal())
          .filter(p -> p.metadata().deletionTimestamp() == null)
          .ifPresent(p -> api.updateStatus(p.withStatus(p.status().withPhase(Pod.PHASE_FAILED))));
    } else if (a instanceof Advance t) {
      loop.advance(Duration.ofSeconds(t.seconds()));
    }
  }

  static StatefulSet sts(ApiServer api) {
    return api.get(StatefulSet.class, "default", "web");
  }

  static void checkTimeline(Timeline timeline) {
    Map<String, Integer> liveOrdinals = new HashMap<>(); // pod uid -> ordinal (lookups only)
    Map<String, String> claimUids = new HashMap<>();
    Map<String, String> claimVolumes = new HashMap<>();
    for (Timeline.Entry e : timeline.entries()) {
      if (e.is(Pod.class)) {
        Pod p = e.as(Pod.class);
        String uid = p.metadata().uid();
        if (e.verb() == Verb.CREATE) {
          int ordinal = StatefulSetUtils.getOrdinal(p);
          assertThat(p.metadata().label(StatefulSet.POD_INDEX_LABEL))
              .as("pod-index label of %s", p.metadata().name())
              .isEqualTo(Integer.toString(ordinal));
          assertThat(liveOrdinals.containsValue(ordinal))
              .as("%s created while ordinal %d is held: %s", e, ordinal, liveOrdinals)
              .isFalse();
          liveOrdinals.put(uid, ordinal);
          assertThat(p.spec().volumes())
              .extracting(Volume::name, v -> v.persistentVolumeClaim().claimName())
              .contains(org.assertj.core.groups.Tuple.tuple("data", "data-web-" + ordinal));
        } else if (e.verb() == Verb.DELETED_FINAL) {
          liveOrdinals.remove(uid);
        }
      } else if (e.is(PersistentVolumeClaim.class)) {
        PersistentVolumeClaim c = e.as(PersistentVolumeClaim.class);
        String name = c.metadata().name();
        assertThat(claimUids.putIfAbsent(name, c.metadata().uid()))
            .as("claim %s recreated", name)
            .isIn(null, c.metadata().uid());
        String volume = c.spec() == null ? null : c.spec().volumeName();
        if (volume != null) {
          assertThat(claimVolumes.putIfAbsent(name, volume))
              .as("claim %s rebound", name)
              .isIn(null, volume);
        }
        assertThat(e.verb()).isNotEqualTo(Verb.DELETED_FINAL); // Retain: claims stay
      }
    }
  }

  static StatefulSet statefulSet(int replicas, boolean parallel) {
    return Manifests.readOne(
        """
        apiVersion: apps/v1
        kind: StatefulSet
        metadata: {name: web, namespace: default}
        spec:
          replicas: %d
          serviceName: web
          podManagementPolicy: %s
          selector: {matchLabels: {app: web}}
          template:
            metadata: {labels: {app: web}}
            spec:
              containers: [{name: web, image: "nginx:1.0"}]
          volumeClaimTemplates:
          - metadata: {name: data}
            spec:
              accessModes: [ReadWriteOnce]
              resources: {requests: {storage: 1Gi}}
              storageClassName: standard
        """
            .formatted(replicas, parallel ? "Parallel" : "OrderedReady"),
        StatefulSet.class);
  }
}
