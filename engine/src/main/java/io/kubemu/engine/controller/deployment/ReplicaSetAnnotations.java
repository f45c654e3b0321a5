package io.kubemu.engine.controller.deployment;

import io.kubemu.model.apps.Deployment;
import io.kubemu.model.apps.ReplicaSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The annotations the controller keeps on ReplicaSets (upstream
 * pkg/controller/deployment/util/deployment_util.go): the revision and its history, the
 * Deployment's own annotations, and desired-replicas/max-replicas for proportional scaling.
 */
final class ReplicaSetAnnotations {
  private ReplicaSetAnnotations() {}

  /**
   * SetNewReplicaSetAnnotations: copies the Deployment's annotations (but {@link
   * #DeploymentUtil.ANNOTATIONS_TO_SKIP}) to the new ReplicaSet and raises its revision to {@code
   * newRevision} when lower; a ReplicaSet that had revision 3 and becomes 5 (a rollback to it)
   * records "3" in {@link #DeploymentUtil.REVISION_HISTORY_ANNOTATION}, dropping the oldest entries
   * beyond {@code revHistoryLimitInChars}. A ReplicaSet about to be created also gets the replicas
   * annotations.
   *
   * @return the annotations, and whether they changed
   */
  static Annotated setNewReplicaSetAnnotations(
      Deployment d,
      Map<String, String> rsAnnotations,
      String newRevision,
      boolean exists,
      int revHistoryLimitInChars) {
    Map<String, String> a = new LinkedHashMap<>(rsAnnotations);
    boolean changed = copyDeploymentAnnotationsToReplicaSet(d, a);
    String oldRevision = a.get(DeploymentUtil.REVISION_ANNOTATION);
    long oldRev;
    try {
      oldRev = oldRevision == null || oldRevision.isEmpty() ? 0 : Long.parseLong(oldRevision);
    } catch (NumberFormatException e) {
      return new Annotated(rsAnnotations, false);
    }
    long newRev;
    try {
      newRev = Long.parseLong(newRevision);
    } catch (NumberFormatException e) {
      return new Annotated(rsAnnotations, false);
    }
    if (oldRev < newRev) {
      a.put(DeploymentUtil.REVISION_ANNOTATION, newRevision);
      changed = true;
    }
    if (oldRevision != null && oldRev < newRev) {
      String history = a.getOrDefault(DeploymentUtil.REVISION_HISTORY_ANNOTATION, "");
      if (history.isEmpty()) {
        a.put(DeploymentUtil.REVISION_HISTORY_ANNOTATION, oldRevision);
      } else {
        List<String> old = new ArrayList<>(List.of(history.split(",", -1)));
        int totalLen = history.length() + oldRevision.length() + 1;
        int start = 0;
        while (totalLen > revHistoryLimitInChars && start < old.size()) {
          totalLen -= old.get(start).length() + 1;
          start++;
        }
        if (totalLen <= revHistoryLimitInChars) {
          List<String> kept = new ArrayList<>(old.subList(start, old.size()));
          kept.add(oldRevision);
          a.put(DeploymentUtil.REVISION_HISTORY_ANNOTATION, String.join(",", kept));
        }
      }
    }
    if (!exists) {
      int replicas = DeploymentUtil.replicas(d);
      changed |= setReplicasAnnotations(a, replicas, replicas + Fenceposts.maxSurge(d));
    }
    return new Annotated(a, changed);
  }

  /** Annotations after a change, and whether they changed. */
  record Annotated(Map<String, String> annotations, boolean changed) {}

  // copyDeploymentAnnotationsToReplicaSet
  private static boolean copyDeploymentAnnotationsToReplicaSet(
      Deployment d, Map<String, String> rs) {
    boolean changed = false;
    for (Map.Entry<String, String> e : d.metadata().annotations().entrySet()) {
      if (DeploymentUtil.ANNOTATIONS_TO_SKIP.contains(e.getKey())
          || (rs.containsKey(e.getKey()) && Objects.equals(rs.get(e.getKey()), e.getValue()))) {
        continue;
      }
      rs.put(e.getKey(), e.getValue());
      changed = true;
    }
    return changed;
  }

  /** SetReplicasAnnotations: desired-replicas and max-replicas; {@return whether they changed} */
  static boolean setReplicasAnnotations(Map<String, String> a, int desired, int max) {
    boolean updated = false;
    if (!Integer.toString(desired).equals(a.get(DeploymentUtil.DESIRED_REPLICAS_ANNOTATION))) {
      a.put(DeploymentUtil.DESIRED_REPLICAS_ANNOTATION, Integer.toString(desired));
      updated = true;
    }
    if (!Integer.toString(max).equals(a.get(DeploymentUtil.MAX_REPLICAS_ANNOTATION))) {
      a.put(DeploymentUtil.MAX_REPLICAS_ANNOTATION, Integer.toString(max));
      updated = true;
    }
    return updated;
  }

  /** {@return whether the replicas annotations differ from these values} */
  static boolean replicasAnnotationsNeedUpdate(ReplicaSet rs, int desired, int max) {
    Map<String, String> a = rs.metadata().annotations();
    return !Integer.toString(desired).equals(a.get(DeploymentUtil.DESIRED_REPLICAS_ANNOTATION))
        || !Integer.toString(max).equals(a.get(DeploymentUtil.MAX_REPLICAS_ANNOTATION));
  }

  /** {@return an int annotation; null when absent or not an int} (getIntFromAnnotation) */
  static Integer intAnnotation(ReplicaSet rs, String key) {
    String v = rs.metadata().annotation(key);
    if (v == null) return null;
    try {
      return Integer.parseInt(v);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
