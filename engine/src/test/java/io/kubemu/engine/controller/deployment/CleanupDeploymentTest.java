package io.kubemu.engine.controller.deployment;

import static io.kubemu.engine.controller.deployment.Fixture.newDeployment;
import static org.assertj.core.api.Assertions.assertThat;

import io.kubemu.engine.api.ApiServer;
import io.kubemu.engine.api.DeleteOptions;
import io.kubemu.model.apps.Deployment;
import io.kubemu.model.apps.ReplicaSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Upstream's TestDeploymentController_cleanupDeployment and ..._cleanupDeploymentOrder. */
class CleanupDeploymentTest {
  /** A ReplicaSet of a cleanup row: spec and status replicas, revision, deleted already. */
  record C(String name, int specReplicas, int statusReplicas, String revision, boolean deleted) {}

  static C c(String name, int spec, int status) {
    return new C(name, spec, status, null, false);
  }

  static C rev(String name, int replicas, String revision) {
    return new C(name, replicas, replicas, revision, false);
  }

  static Stream<Arguments> cleanupCases() {
    return Stream.of(
        Arguments.of(
            List.of(c("foo-1", 0, 0), c("foo-2", 0, 0), c("foo-3", 0, 0)),
            1,
            Set.of("foo-1", "foo-2")),
        // only the replica set with spec.replicas = status.replicas = 0 goes
        Arguments.of(
            List.of(c("foo-1", 0, 0), c("foo-2", 0, 1), c("foo-3", 1, 0), c("foo-4", 1, 1)),
            0,
            Set.of("foo-1")),
        Arguments.of(List.of(c("foo-1", 0, 0), c("foo-2", 0, 0)), 0, Set.of("foo-1", "foo-2")),
        Arguments.of(List.of(c("foo-1", 1, 1), c("foo-2", 1, 1)), 0, Set.of()),
        Arguments.of(List.of(new C("foo-1", 0, 0, null, true)), 0, Set.of()),
        // unlimited revisionHistoryLimit
        Arguments.of(
            List.of(c("foo-1", 0, 0), c("foo-2", 0, 0), c("foo-3", 0, 0)),
            Integer.MAX_VALUE,
            Set.of()),
        // TestDeploymentController_cleanupDeploymentOrder (creation order foo-1 < foo-2 < ...)
        Arguments.of(List.of(rev("foo-1", 0, "1"), rev("foo-2", 0, "2")), 1, Set.of("foo-1")),
        Arguments.of(List.of(rev("foo-1", 0, "2"), rev("foo-2", 0, "1")), 1, Set.of("foo-2")),
        Arguments.of(List.of(rev("foo-1", 0, "1"), rev("foo-2", 0, null)), 1, Set.of("foo-2")),
        Arguments.of(List.of(rev("foo-1", 0, null), rev("foo-2", 0, "2")), 1, Set.of("foo-1")),
        Arguments.of(
            List.of(rev("foo-1", 1, "1"), rev("foo-2", 0, "2"), rev("foo-3", 0, "3")),
            1,
            Set.of("foo-2")),
        Arguments.of(
            List.of(rev("foo-1", 1, "1"), rev("foo-2", 1, "2"), rev("foo-3", 0, "3")), 1, Set.of()),
        Arguments.of(
            List.of(
                rev("foo-1", 0, "3"),
                rev("foo-2", 0, "1"),
                rev("foo-3", 0, "4"),
                rev("foo-4", 0, "2")),
            2,
            Set.of("foo-2", "foo-4")));
  }

  /** TestDeploymentController_cleanupDeployment and ..._cleanupDeploymentOrder. */
  @ParameterizedTest(name = "limit {1}: deletes {2}")
  @MethodSource("cleanupCases")
  void cleanupDeployment(List<C> rows, int revisionHistoryLimit, Set<String> expectedDeleted) {
    Fixture f = new Fixture();
    List<ReplicaSet> oldRSs = new ArrayList<>();
    for (C c : rows) {
      f.loop.advance(Duration.ofMinutes(1));
      ReplicaSet rs = f.rs(c.name(), c.specReplicas(), Map.of("foo", "bar"));
      if (c.revision() != null || c.deleted()) {
        var m = rs.metadata();
        if (c.revision() != null)
          m = m.withAnnotation(DeploymentUtil.REVISION_ANNOTATION, c.revision());
        if (c.deleted()) m = m.withFinalizers(List.of("test/hold"));
        rs = f.api.update(rs.withMetadata(m));
      }
      rs = f.withStatus(rs, c.statusReplicas(), 0);
      if (c.deleted()) {
        f.api.delete(
            ReplicaSet.class, ApiServer.DEFAULT_NAMESPACE, c.name(), DeleteOptions.DEFAULT);
        rs = f.get(c.name());
      }
      oldRSs.add(rs);
    }
    Deployment d = newDeployment("foo", 1, revisionHistoryLimit, null, null, Map.of("foo", "bar"));

    f.dc.sync.cleanupDeployment(oldRSs, d);

    Set<String> deleted = new TreeSet<>();
    for (C c : rows) {
      if (f.api.find(ReplicaSet.class, ApiServer.DEFAULT_NAMESPACE, c.name()).isEmpty()) {
        deleted.add(c.name());
      }
    }
    assertThat(deleted).containsExactlyInAnyOrderElementsOf(expectedDeleted);
  }
}
