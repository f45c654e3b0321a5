package io.kubemu.engine.controller.deployment;

import static io.kubemu.engine.controller.deployment.Fixture.newDeployment;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubemu.model.IntOrString;
import io.kubemu.model.apps.Deployment;
import io.kubemu.model.apps.ReplicaSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Upstream's TestScale (sync_test.go), row for row: proportional scaling. */
class ScaleTest {

  /** A ReplicaSet of a row: name, size, creation hour (0 older, 1 old, 2 new). */
  record R(String name, int replicas, int hour) {}

  static R r(String name, int replicas, int hour) {
    return new R(name, replicas, hour);
  }

  static final int NEW = 2;
  static final int OLD = 1;
  static final int OLDER = 0;

  static Stream<Arguments> scaleCases() {
    return Stream.of(
        row(
            "normal scaling event: 10 -> 12",
            12,
            null,
            null,
            10,
            null,
            r("foo-v1", 10, NEW),
            List.of(),
            12,
            List.of(),
            Map.of()),
        row(
            "normal scaling event: 10 -> 5",
            5,
            null,
            null,
            10,
            null,
            r("foo-v1", 10, NEW),
            List.of(),
            5,
            List.of(),
            Map.of()),
        row(
            "proportional scaling: 5 -> 10",
            10,
            null,
            null,
            5,
            null,
            r("foo-v2", 2, NEW),
            List.of(r("foo-v1", 3, OLD)),
            4,
            List.of(6),
            Map.of()),
        row(
            "proportional scaling: 5 -> 3",
            3,
            null,
            null,
            5,
            null,
            r("foo-v2", 2, NEW),
            List.of(r("foo-v1", 3, OLD)),
            1,
            List.of(2),
            Map.of()),
        row(
            "proportional scaling: 9 -> 4",
            4,
            null,
            null,
            9,
            null,
            r("foo-v2", 8, NEW),
            List.of(r("foo-v1", 1, OLD)),
            4,
            List.of(0),
            Map.of()),
        row(
            "proportional scaling: 7 -> 10",
            10,
            null,
            null,
            7,
            null,
            r("foo-v3", 2, NEW),
            List.of(r("foo-v2", 3, OLD), r("foo-v1", 2, OLDER)),
            3,
            List.of(4, 3),
            Map.of()),
        row(
            "proportional scaling: 13 -> 8",
            8,
            null,
            null,
            13,
            null,
            r("foo-v3", 2, NEW),
            List.of(r("foo-v2", 8, OLD), r("foo-v1", 3, OLDER)),
            1,
            List.of(5, 2),
            Map.of()),
        row(
            "leftover distribution: 3 -> 4",
            4,
            null,
            null,
            3,
            null,
            r("foo-v3", 1, NEW),
            List.of(r("foo-v2", 1, OLD), r("foo-v1", 1, OLDER)),
            2,
            List.of(1, 1),
            Map.of()),
        row(
            "leftover distribution: 3 -> 2",
            2,
            null,
            null,
            3,
            null,
            r("foo-v3", 1, NEW),
            List.of(r("foo-v2", 1, OLD), r("foo-v1", 1, OLDER)),
            1,
            List.of(1, 0),
            Map.of()),
        row(
            "proportional scaling (no new rs): 4 -> 5",
            5,
            null,
            null,
            4,
            null,
            null,
            List.of(r("foo-v2", 2, OLD), r("foo-v1", 2, OLDER)),
            null,
            List.of(3, 2),
            Map.of()),
        row(
            "proportional scaling: 6 -> 0",
            0,
            null,
            null,
            6,
            null,
            r("foo-v3", 3, NEW),
            List.of(r("foo-v2", 2, OLD), r("foo-v1", 1, OLDER)),
            0,
            List.of(0, 0),
            Map.of()),
        row(
            "proportional scaling: 0 -> 6",
            6,
            null,
            null,
            6,
            null,
            r("foo-v3", 0, NEW),
            List.of(r("foo-v2", 0, OLD), r("foo-v1", 0, OLDER)),
            6,
            List.of(0, 0),
            Map.of()),
        row(
            "failed rs update",
            5,
            null,
            null,
            5,
            null,
            r("foo-v3", 2, NEW),
            List.of(r("foo-v2", 1, OLD), r("foo-v1", 1, OLDER)),
            2,
            List.of(2, 1),
            Map.of("foo-v2", 3)),
        row(
            "deployment with surge pods",
            20,
            2,
            null,
            10,
            2,
            r("foo-v2", 6, NEW),
            List.of(r("foo-v1", 6, OLD)),
            11,
            List.of(11),
            Map.of()),
        row(
            "change both surge and size",
            50,
            6,
            null,
            10,
            3,
            r("foo-v2", 5, NEW),
            List.of(r("foo-v1", 8, OLD)),
            22,
            List.of(34),
            Map.of()),
        row(
            "change both size and template",
            14,
            null,
            null,
            10,
            null,
            null,
            List.of(r("foo-v2", 7, NEW), r("foo-v1", 3, OLD)),
            null,
            List.of(10, 4),
            Map.of()),
        row(
            "saturated but broken new replica set does not affect old pods",
            2,
            1,
            1,
            2,
            1,
            r("foo-v2", 2, NEW),
            List.of(r("foo-v1", 1, OLD)),
            2,
            List.of(1),
            Map.of()));
  }

  static Arguments row(
      String name,
      int replicas,
      Integer maxSurge,
      Integer maxUnavailable,
      int oldReplicas,
      Integer oldMaxSurge,
      R newRS,
      List<R> oldRSs,
      Integer expectedNew,
      List<Integer> expectedOld,
      Map<String, Integer> desiredReplicasAnnotations) {
    return Arguments.of(
        name,
        replicas,
        maxSurge,
        maxUnavailable,
        oldReplicas,
        oldMaxSurge,
        newRS,
        oldRSs,
        expectedNew,
        expectedOld,
        desiredReplicasAnnotations);
  }

  /** TestScale. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("scaleCases")
  void scale(
      String name,
      int replicas,
      Integer maxSurge,
      Integer maxUnavailable,
      int oldReplicas,
      Integer oldMaxSurge,
      R newR,
      List<R> oldRs,
      Integer expectedNew,
      List<Integer> expectedOld,
      Map<String, Integer> desiredReplicasAnnotations) {
    Fixture f = new Fixture();
    Deployment d =
        newDeployment("foo", replicas, null, surge(maxSurge), surge(maxUnavailable), null);
    Deployment oldD = newDeployment("foo", oldReplicas, null, surge(oldMaxSurge), null, null);
    List<R> all = new ArrayList<>(oldRs);
    if (newR != null) all.add(newR);
    all.sort(Comparator.comparingInt(R::hour));
    Map<String, ReplicaSet> stored = new LinkedHashMap<>();
    for (R r : all) {
      f.loop.advanceTo(Fixture.T0.plus(Duration.ofHours(r.hour())));
      int desired = desiredReplicasAnnotations.getOrDefault(r.name(), oldReplicas);
      Map<String, String> a = new LinkedHashMap<>();
      ReplicaSetAnnotations.setReplicasAnnotations(a, desired, desired + Fenceposts.maxSurge(oldD));
      ReplicaSet rs = f.rs(r.name(), r.replicas(), null);
      rs = f.api.update(rs.withMetadata(rs.metadata().withAnnotations(a)));
      stored.put(r.name(), rs);
    }
    ReplicaSet newRS = newR == null ? null : stored.get(newR.name());
    List<ReplicaSet> oldRSs = oldRs.stream().map(r -> stored.get(r.name())).toList();

    f.dc.sync.scale(d, newRS, oldRSs);

    if (newR != null) assertThat(Fixture.replicas(f.get(newR.name()))).isEqualTo(expectedNew);
    for (int i = 0; i < oldRs.size(); i++) {
      assertThat(Fixture.replicas(f.get(oldRs.get(i).name())))
          .as(oldRs.get(i).name())
          .isEqualTo(expectedOld.get(i));
    }
  }

  private static IntOrString surge(Integer v) {
    return v == null ? null : IntOrString.of(v);
  }
}
