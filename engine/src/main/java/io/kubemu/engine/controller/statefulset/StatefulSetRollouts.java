package io.kubemu.engine.controller.statefulset;

import io.kubemu.engine.api.ApiServer;
import io.kubemu.engine.api.ListOptions;
import io.kubemu.engine.controller.history.ControllerRevisions;
import io.kubemu.model.apps.ControllerRevision;
import io.kubemu.model.apps.StatefulSet;
import io.kubemu.model.apps.StatefulSetStatus;
import io.kubemu.model.apps.StatefulSetUpdateStrategy;
import io.kubemu.model.meta.Selector;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What {@code kubectl rollout status|history|undo} print and do for a StatefulSet (kubectl's
 * StatefulSetStatusViewer, StatefulSetHistoryViewer and StatefulSetRollbacker). Stateless; the
 * caller waits in virtual time and frames the output ({@code statefulset.apps/web rolled back}).
 */
public final class StatefulSetRollouts {
  private StatefulSetRollouts() {}

  /** kubectl's "rolled back" (rollbackSuccess). */
  public static final String ROLLED_BACK = "rolled back";

  /**
   * One answer of {@code rollout status}.
   *
   * @param message the line kubectl prints, with its trailing newline
   * @param done whether the rollout is complete
   */
  public record Status(String message, boolean done) {}

  /**
   * StatefulSetStatusViewer.Status: "Waiting for statefulset spec update to be observed...",
   * "Waiting for N pods to be ready...", with a RollingUpdate strategy "Waiting for partitioned
   * roll out to finish: U out of R-P new pods have been updated..." then "partitioned roll out
   * complete: U new pods have been updated...", and without rollingUpdate parameters "waiting for
   * statefulset rolling update to complete U pods at revision X..." then "statefulset rolling
   * update complete C pods at revision X...".
   *
   * @throws IllegalArgumentException for OnDelete: "rollout status is only available for
   *     RollingUpdate strategy type"
   */
  public static Status status(StatefulSet sts) {
    StatefulSetUpdateStrategy u = StatefulSetUtils.spec(sts).updateStrategy();
    String type = StatefulSetUtils.updateStrategyType(sts);
    if (!StatefulSetUpdateStrategy.ROLLING_UPDATE.equals(type)) {
      throw new IllegalArgumentException(
          "rollout status is only available for RollingUpdate strategy type");
    }
    StatefulSetStatus s = sts.status();
    long observed = s == null || s.observedGeneration() == null ? 0 : s.observedGeneration();
    long generation = sts.metadata().generation() == null ? 0 : sts.metadata().generation();
    if (observed == 0 || generation > observed) {
      return new Status("Waiting for statefulset spec update to be observed...\n", false);
    }
    Integer replicas = StatefulSetUtils.spec(sts).replicas();
    int ready = orZero(s.readyReplicas());
    int updated = orZero(s.updatedReplicas());
    if (replicas != null && ready < replicas) {
      return new Status("Waiting for " + (replicas - ready) + " pods to be ready...\n", false);
    }
    if (u != null && u.rollingUpdate() != null) {
      Integer partition = u.rollingUpdate().partition();
      if (replicas != null && partition != null && updated < replicas - partition) {
        return new Status(
            "Waiting for partitioned roll out to finish: "
                + updated
                + " out of "
                + (replicas - partition)
                + " new pods have been updated...\n",
            false);
      }
      return new Status(
          "partitioned roll out complete: " + updated + " new pods have been updated...\n", true);
    }
    if (!Objects.equals(s.updateRevision(), s.currentRevision())) {
      return new Status(
          "waiting for statefulset rolling update to complete "
              + updated
              + " pods at revision "
              + s.updateRevision()
              + "...\n",
          false);
    }
    return new Status(
        "statefulset rolling update complete "
            + orZero(s.currentReplicas())
            + " pods at revision "
            + s.currentRevision()
            + "...\n",
        true);
  }

  /**
   * {@return the set's ControllerRevisions (controlled by it, matching its selector), by revision}
   * (kubectl's statefulSetHistory)
   */
  public static List<ControllerRevision> revisions(ApiServer api, StatefulSet sts) {
    Selector selector = Selector.from(StatefulSetUtils.spec(sts).selector());
    List<ControllerRevision> out = new ArrayList<>();
    for (ControllerRevision r :
        api.list(
                ControllerRevision.class,
                ListOptions.inNamespace(sts.metadata().namespace()).labels(selector))
            .items()) {
      var ref = r.metadata().controllerRef();
      if (ref != null && Objects.equals(ref.uid(), sts.metadata().uid())) out.add(r);
    }
    return ControllerRevisions.sortControllerRevisions(out);
  }

  /**
   * printHistory: {@code REVISION CHANGE-CAUSE} and one line per revision (the revisions' {@code
   * kubernetes.io/change-cause}, else {@code <none>}), aligned as kubectl's tabwriter (padding 2);
   * "No rollout history found." when there is none.
   */
  public static String history(ApiServer api, StatefulSet sts) {
    TreeMap<Long, ControllerRevision> byRevision = new TreeMap<>();
    for (ControllerRevision r : revisions(api, sts)) {
      byRevision.put(r.revision() == null ? 0 : r.revision(), r);
    }
    if (byRevision.isEmpty()) return "No rollout history found.";
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"REVISION", "CHANGE-CAUSE"});
    byRevision.forEach(
        (rev, r) -> {
          String cause = r.metadata().annotation("kubernetes.io/change-cause");
          rows.add(
              new String[] {
                Long.toString(rev), cause == null || cause.isEmpty() ? "<none>" : cause
              });
        });
    int width = rows.stream().mapToInt(row -> row[0].length()).max().orElse(0) + 2;
    StringBuilder sb = new StringBuilder();
    for (String[] row : rows) {
      sb.append(row[0]).append(" ".repeat(width - row[0].length())).append(row[1]).append('\n');
    }
    return sb.toString();
  }

  /**
   * StatefulSetRollbacker.Rollback: restores the template of revision {@code toRevision} (0: the
   * one before the latest).
   *
   * @return {@value #ROLLED_BACK}, or "skipped rollback (current template already matches revision
   *     N)"
   * @throws IllegalArgumentException "no last revision to roll back to" for OnDelete, or "unable to
   *     find specified revision N in history"
   */
  public static String undo(ApiServer api, StatefulSet sts, long toRevision) {
    if (toRevision < 0) throw revisionNotFound(toRevision);
    if (StatefulSetUpdateStrategy.ON_DELETE.equals(StatefulSetUtils.updateStrategyType(sts))) {
      throw new IllegalArgumentException("no last revision to roll back to");
    }
    ControllerRevision to = findHistory(toRevision, revisions(api, sts));
    if (to == null) throw revisionNotFound(toRevision);
    ControllerRevision current =
        new ControllerRevision(null, StatefulSetRevisions.getPatch(sts), 0L);
    if (Arrays.equals(ControllerRevisions.rawData(current), ControllerRevisions.rawData(to))) {
      return "skipped rollback (current template already matches revision " + toRevision + ")";
    }
    api.update(StatefulSetRevisions.applyRevision(sts, to));
    return ROLLED_BACK;
  }

  /** findHistory: the revision asked for, or (0) the second newest; null when there is none. */
  static ControllerRevision findHistory(long toRevision, List<ControllerRevision> sorted) {
    if (toRevision == 0) return sorted.size() <= 1 ? null : sorted.get(sorted.size() - 2);
    for (ControllerRevision r : sorted) {
      if (r.revision() != null && r.revision() == toRevision) return r;
    }
    return null;
  }

  private static IllegalArgumentException revisionNotFound(long r) {
    return new IllegalArgumentException("unable to find specified revision " + r + " in history");
  }

  private static int orZero(Integer v) {
    return v == null ? 0 : v;
  }
}
