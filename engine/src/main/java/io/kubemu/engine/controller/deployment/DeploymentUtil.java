package io.kubemu.engine.controller.deployment;

import io.kubemu.engine.controller.util.ControllerUtils;
import io.kubemu.model.apps.Deployment;
import io.kubemu.model.apps.ReplicaSet;
import io.kubemu.model.core.PodTemplateSpec;
import io.kubemu.model.meta.Selector;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Revisions, annotations and the new/old ReplicaSets of a Deployment (upstream
 * pkg/controller/deployment/util/deployment_util.go). Pure functions on the model records.
 */
public final class DeploymentUtil {
  private DeploymentUtil() {}

  /** The rollout sequence number of a Deployment and its ReplicaSets. */
  public static final String REVISION_ANNOTATION = Deployment.REVISION_ANNOTATION;

  /** The older revisions a ReplicaSet served, comma separated (set when rolling back to it). */
  public static final String REVISION_HISTORY_ANNOTATION =
      "deployment.kubernetes.io/revision-history";

  /** The Deployment's replicas when the ReplicaSet was last scaled by the controller. */
  public static final String DESIRED_REPLICAS_ANNOTATION =
      "deployment.kubernetes.io/desired-replicas";

  /** replicas + maxSurge when the ReplicaSet was last scaled: the base of proportional scaling. */
  public static final String MAX_REPLICAS_ANNOTATION = "deployment.kubernetes.io/max-replicas";

  /**
   * The annotation that carried the removed {@code spec.rollbackTo} (apps.DeprecatedRollbackTo).
   */
  public static final String DEPRECATED_ROLLBACK_TO = "deprecated.deployment.rollback.to";

  /** kubectl's last applied configuration. */
  public static final String LAST_APPLIED_CONFIG_ANNOTATION =
      "kubectl.kubernetes.io/last-applied-configuration";

  /** The annotations never copied between a Deployment and its ReplicaSets (annotationsToSkip). */
  public static final Set<String> ANNOTATIONS_TO_SKIP =
      Set.of(
          LAST_APPLIED_CONFIG_ANNOTATION,
          REVISION_ANNOTATION,
          REVISION_HISTORY_ANNOTATION,
          DESIRED_REPLICAS_ANNOTATION,
          MAX_REPLICAS_ANNOTATION,
          DEPRECATED_ROLLBACK_TO);

  // ---------------------------------------------------------------- spec accessors

  /** {@return {@code spec.replicas}; 1 (the default) when unset} */
  public static int replicas(Deployment d) {
    return d.spec() == null || d.spec().replicas() == null ? 1 : d.spec().replicas();
  }

  /** {@return whether the strategy is RollingUpdate} (IsRollingUpdate) */
  public static boolean isRollingUpdate(Deployment d) {
    return d.spec() != null
        && d.spec().strategy() != null
        && "RollingUpdate".equals(d.spec().strategy().type());
  }

  /** {@return {@code spec.minReadySeconds}, 0 when unset} */
  public static int minReadySeconds(Deployment d) {
    return d.spec() == null || d.spec().minReadySeconds() == null ? 0 : d.spec().minReadySeconds();
  }

  /** {@return whether old ReplicaSets are cleaned up: a limit other than unset or MaxInt32} */
  public static boolean hasRevisionHistoryLimit(Deployment d) {
    Integer l = d.spec() == null ? null : d.spec().revisionHistoryLimit();
    return l != null && l != Integer.MAX_VALUE;
  }

  // ---------------------------------------------------------------- revisions

  /** {@return the revision annotation as a number; 0 when absent, -1 when not a number} */
  public static long revision(io.kubemu.model.KubernetesObject o) {
    String v = o.metadata().annotation(REVISION_ANNOTATION);
    if (v == null) return 0;
    try {
      return Long.parseLong(v);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** {@return the highest revision among the ReplicaSets, unparsable ones skipped} (MaxRevision) */
  public static long maxRevision(Collection<ReplicaSet> sets) {
    long max = 0;
    for (ReplicaSet rs : sets) if (rs != null) max = Math.max(max, revision(rs));
    return max;
  }

  /** {@return the second highest revision} (LastRevision) */
  public static long lastRevision(Collection<ReplicaSet> sets) {
    long max = 0;
    long secMax = 0;
    for (ReplicaSet rs : sets) {
      if (rs == null) continue;
      long v = revision(rs);
      if (v < 0) continue;
      if (v >= max) {
        secMax = max;
        max = v;
      } else if (v > secMax) {
        secMax = v;
      }
    }
    return secMax;
  }

  /** Lowest revision first; equal or unparsable revisions by creation time (ByRevision). */
  public static final Comparator<ReplicaSet> BY_REVISION =
      (a, b) -> {
        long ra = revision(a);
        long rb = revision(b);
        if (ra < 0 || rb < 0 || ra == rb)
          return ControllerUtils.BY_CREATION_TIMESTAMP.compare(a, b);
        return Long.compare(ra, rb);
      };

  // ---------------------------------------------------------------- new and old sets

  /**
   * {@return whether two templates are equal apart from the pod-template-hash label}
   * (EqualIgnoreHash)
   */
  public static boolean equalIgnoreHash(PodTemplateSpec t1, PodTemplateSpec t2) {
    return withoutHash(t1).equals(withoutHash(t2));
  }

  private static PodTemplateSpec withoutHash(PodTemplateSpec t) {
    if (t == null) return new PodTemplateSpec(null, null);
    if (!t.metadata().labels().containsKey(Deployment.POD_TEMPLATE_HASH_LABEL)) return t;
    return t.withMetadata(t.metadata().withLabel(Deployment.POD_TEMPLATE_HASH_LABEL, null));
  }

  /**
   * {@return the oldest ReplicaSet whose template is the Deployment's, or null} (FindNewReplicaSet)
   */
  public static ReplicaSet findNewReplicaSet(Deployment d, List<ReplicaSet> rsList) {
    List<ReplicaSet> sorted = new ArrayList<>(rsList);
    sorted.sort(ControllerUtils.BY_CREATION_TIMESTAMP);
    for (ReplicaSet rs : sorted) {
      if (equalIgnoreHash(rs.spec().template(), d.spec().template())) return rs;
    }
    return null;
  }

  /** FindActiveOrLatest: the only active set, the newest when none is active, else null. */
  static ReplicaSet findActiveOrLatest(ReplicaSet newRS, List<ReplicaSet> oldRSs) {
    if (newRS == null && oldRSs.isEmpty()) return null;
    List<ReplicaSet> sorted = new ArrayList<>(oldRSs);
    sorted.sort(ControllerUtils.BY_CREATION_TIMESTAMP.reversed());
    List<ReplicaSet> all = new ArrayList<>(sorted);
    if (newRS != null) all.add(newRS);
    List<ReplicaSet> active = ControllerUtils.filterActiveReplicaSets(all);
    if (active.isEmpty()) return newRS != null ? newRS : sorted.get(0);
    return active.size() == 1 ? active.get(0) : null;
  }

  /** The old ReplicaSets: those with pods ({@code required}) and all of them. */
  public record OldReplicaSets(List<ReplicaSet> required, List<ReplicaSet> all) {}

  /** {@return every ReplicaSet but the new one} (FindOldReplicaSets) */
  public static OldReplicaSets findOldReplicaSets(Deployment d, List<ReplicaSet> rsList) {
    ReplicaSet newRS = findNewReplicaSet(d, rsList);
    List<ReplicaSet> required = new ArrayList<>();
    List<ReplicaSet> all = new ArrayList<>();
    for (ReplicaSet rs : rsList) {
      if (newRS != null && Objects.equals(rs.metadata().uid(), newRS.metadata().uid())) continue;
      all.add(rs);
      if (ControllerUtils.replicas(rs) != 0) required.add(rs);
    }
    return new OldReplicaSets(required, all);
  }

  /**
   * {@return the Deployments of the ReplicaSet's namespace whose non-empty selector matches its
   * labels} (GetDeploymentsForReplicaSet)
   */
  static List<Deployment> getDeploymentsForReplicaSet(List<Deployment> inNamespace, ReplicaSet rs) {
    List<Deployment> out = new ArrayList<>();
    if (rs.metadata().labels().isEmpty()) return out;
    for (Deployment d : inNamespace) {
      Selector s = selector(d);
      if (s == null || s.empty() || !s.matches(rs.metadata().labels())) continue;
      out.add(d);
    }
    return out;
  }

  /** {@return the Deployment's selector, null when missing or invalid} */
  static Selector selector(Deployment d) {
    if (d.spec() == null || d.spec().selector() == null) return null;
    try {
      return ControllerUtils.selector(d.spec().selector());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  // ---------------------------------------------------------------- counts

  /** {@return the sum of {@code spec.replicas}} (GetReplicaCountForReplicaSets) */
  public static int replicaCount(Collection<ReplicaSet> sets) {
    int n = 0;
    for (ReplicaSet rs : sets) if (rs != null) n += ControllerUtils.replicas(rs);
    return n;
  }

  /** {@return the sum of {@code status.replicas}} (GetActualReplicaCountForReplicaSets) */
  public static int actualReplicaCount(Collection<ReplicaSet> sets) {
    int n = 0;
    for (ReplicaSet rs : sets)
      if (rs != null && rs.status() != null) n += i(rs.status().replicas());
    return n;
  }

  /** {@return the sum of {@code status.readyReplicas}} */
  public static int readyReplicaCount(Collection<ReplicaSet> sets) {
    int n = 0;
    for (ReplicaSet rs : sets) {
      if (rs != null && rs.status() != null) n += i(rs.status().readyReplicas());
    }
    return n;
  }

  /** {@return the sum of {@code status.availableReplicas}} */
  public static int availableReplicaCount(Collection<ReplicaSet> sets) {
    int n = 0;
    for (ReplicaSet rs : sets) {
      if (rs != null && rs.status() != null) n += i(rs.status().availableReplicas());
    }
    return n;
  }

  static int i(Integer v) {
    return v == null ? 0 : v;
  }
}
