package io.kubemu.engine.controller.statefulset;

import static io.kubemu.engine.controller.statefulset.ControlHarness.newStatefulSet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kubemu.model.apps.RollingUpdateStatefulSetStrategy;
import io.kubemu.model.apps.StatefulSet;
import io.kubemu.model.apps.StatefulSetStatus;
import io.kubemu.model.apps.StatefulSetUpdateStrategy;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * kubectl's rollout_status_test.go statefulset cases, and history/undo on {@link ControlHarness}.
 */
class StatefulSetRolloutsTest {

  static StatefulSet sts(
      long generation,
      int replicas,
      Integer partition,
      long observed,
      int ready,
      int updated,
      int current,
      String currentRevision,
      String updateRevision) {
    StatefulSet s = newStatefulSet("web", replicas);
    s = s.withMetadata(s.metadata().withGeneration(generation));
    s =
        s.withSpec(
            s.spec()
                .withUpdateStrategy(
                    new StatefulSetUpdateStrategy(
                        StatefulSetUpdateStrategy.ROLLING_UPDATE,
                        partition == null
                            ? null
                            : new RollingUpdateStatefulSetStrategy(partition, null))));
    return s.withStatus(
        new StatefulSetStatus(
            observed,
            replicas,
            ready,
            current,
            updated,
            currentRevision,
            updateRevision,
            0,
            List.of(),
            ready));
  }

  @ParameterizedTest(name = "{9}")
  @CsvSource(
      delimiter = '|',
      value = {
        "1 | 3 | '' | 0 | 0 | 0 | 0 | r1 | r1 | Waiting for statefulset spec update to be"
            + " observed...|false",
        "2 | 3 | '' | 1 | 3 | 3 | 3 | r1 | r1 | Waiting for statefulset spec update to be"
            + " observed...|false",
        "1 | 3 | '' | 1 | 1 | 3 | 3 | r1 | r1 | Waiting for 2 pods to be ready...|false",
        "1 | 3 | 2 | 1 | 3 | 0 | 3 | r1 | r2 | Waiting for partitioned roll out to finish: 0 out of"
            + " 1 new pods have been updated...|false",
        "1 | 3 | 2 | 1 | 3 | 1 | 2 | r1 | r2 | partitioned roll out complete: 1 new pods have been"
            + " updated...|true",
        "1 | 3 | '' | 1 | 3 | 1 | 2 | r1 | r2 | waiting for statefulset rolling update to complete"
            + " 1 pods at revision r2...|false",
        "1 | 3 | '' | 1 | 3 | 3 | 3 | r2 | r2 | statefulset rolling update complete 3 pods at"
            + " revision r2...|true",
      })
  void status(
      long generation,
      int replicas,
      String partition,
      long observed,
      int ready,
      int updated,
      int current,
      String currentRevision,
      String updateRevision,
      String message,
      boolean done) {
    StatefulSet s =
        sts(
            generation,
            replicas,
            partition.isEmpty() ? null : Integer.valueOf(partition),
            observed,
            ready,
            updated,
            current,
            currentRevision,
            updateRevision);
    assertThat(StatefulSetRollouts.status(s))
        .isEqualTo(new StatefulSetRollouts.Status(message + "\n", done));
  }

  @Test
  void onDeleteHasNoRolloutStatusAndNoUndo() {
    StatefulSet s =
        newStatefulSet("web", 1)
            .withSpec(
                newStatefulSet("web", 1)
                    .spec()
                    .withUpdateStrategy(
                        new StatefulSetUpdateStrategy(StatefulSetUpdateStrategy.ON_DELETE, null)));
    assertThatThrownBy(() -> StatefulSetRollouts.status(s))
        .hasMessage("rollout status is only available for RollingUpdate strategy type");
    ControlHarness h = new ControlHarness(s);
    assertThatThrownBy(() -> StatefulSetRollouts.undo(h.api, h.set, 0))
        .hasMessage("no last revision to roll back to");
  }

  @Test
  void historyListsRevisionsWithTheirChangeCauseAndUndoFindsThem() {
    ControlHarness h = new ControlHarness(newStatefulSet("web", 1));
    assertThat(StatefulSetRollouts.history(h.api, h.set)).isEqualTo("No rollout history found.");
    h.syncUntilReady();
    h.edit(
        s ->
            s.withImage("nginx", "nginx:1.26")
                .withMetadata(
                    s.metadata()
                        .withAnnotation("kubernetes.io/change-cause", "kubectl set image")));
    h.sync();
    assertThat(StatefulSetRollouts.history(h.api, h.set))
        .isEqualTo("REVISION  CHANGE-CAUSE\n1         <none>\n2         kubectl set image\n");
    assertThatThrownBy(() -> StatefulSetRollouts.undo(h.api, h.set, 7))
        .hasMessage("unable to find specified revision 7 in history");
    assertThat(StatefulSetRollouts.undo(h.api, h.set, 2))
        .isEqualTo("skipped rollback (current template already matches revision 2)");
    assertThat(StatefulSetRollouts.undo(h.api, h.set, 1)).isEqualTo("rolled back");
    assertThat(h.api.get(StatefulSet.class, "default", "web").spec().template().spec().containers())
        .extracting(c -> c.image())
        .containsExactly("nginx:1.25");
  }
}
