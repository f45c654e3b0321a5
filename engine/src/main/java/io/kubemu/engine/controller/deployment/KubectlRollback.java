package io.kubemu.engine.controller.deployment;

import io.kubemu.engine.api.ApiException;
import io.kubemu.engine.api.ApiServer;
import io.kubemu.engine.api.GoFormat;
import io.kubemu.engine.api.ListOptions;
import io.kubemu.model.apps.Deployment;
import io.kubemu.model.apps.ReplicaSet;
import io.kubemu.model.core.PodTemplateSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * {@code kubectl rollout undo} for Deployments (upstream
 * staging/src/k8s.io/kubectl/pkg/polymorphichelpers/rollback.go, {@code DeploymentRollbacker}): the
 * revision's template and change-cause are written into the Deployment, which the controller then
 * rolls out.
 */
final class KubectlRollback {
  private KubectlRollback() {}

  /**
   * Rollback: {@return "rolled back", or "skipped rollback (...)" when the template is current}
   *
   * @throws RolloutException with kubectl's message
   */
  static String rollback(ApiServer api, Deployment d, long toRevision) {
    ReplicaSet rs = deploymentRevision(api, d, toRevision);
    String name = d.metadata().name();
    if (Boolean.TRUE.equals(d.spec().paused())) {
      throw new RolloutException(
          "you cannot rollback a paused deployment; resume it first with 'kubectl rollout resume"
              + " deployment/"
              + name
              + "' and try again");
    }
    if (DeploymentUtil.equalIgnoreHash(rs.spec().template(), d.spec().template())) {
      return "skipped rollback (current template already matches revision " + toRevision + ")";
    }
    PodTemplateSpec t = rs.spec().template();
    PodTemplateSpec template =
        t.withMetadata(t.metadata().withLabel(Deployment.POD_TEMPLATE_HASH_LABEL, null));
    Deployment restored = d.withSpec(d.spec().withTemplate(template));
    restored = restored.withMetadata(Rollback.setDeploymentAnnotationsTo(d.metadata(), rs));
    try {
      api.update(restored);
    } catch (ApiException e) {
      throw new RolloutException("failed restoring revision " + toRevision + ": " + e.getMessage());
    }
    return "rolled back";
  }

  // deploymentRevision
  static ReplicaSet deploymentRevision(ApiServer api, Deployment d, long toRevision) {
    ReplicaSet latest = null;
    long latestRevision = -1;
    ReplicaSet previous = null;
    long previousRevision = -1;
    for (ReplicaSet rs : allReplicaSets(api, d)) {
      long v = DeploymentUtil.revision(rs);
      if (v < 0) continue;
      if (toRevision == 0) {
        if (latestRevision < v) {
          previousRevision = latestRevision;
          previous = latest;
          latestRevision = v;
          latest = rs;
        } else if (previousRevision < v) {
          previousRevision = v;
          previous = rs;
        }
      } else if (toRevision == v) {
        return rs;
      }
    }
    if (toRevision > 0) throw revisionNotFound(toRevision);
    if (previous == null) {
      throw new RolloutException(
          "no rollout history found for deployment " + GoFormat.quote(d.metadata().name()));
    }
    return previous;
  }

  static RolloutException revisionNotFound(long revision) {
    return new RolloutException("unable to find specified revision " + revision + " in history");
  }

  /** GetAllReplicaSets: the old ReplicaSets the Deployment controls, then the new one. */
  static List<ReplicaSet> allReplicaSets(ApiServer api, Deployment d) {
    List<ReplicaSet> owned = new ArrayList<>();
    ListOptions options =
        ListOptions.inNamespace(d.metadata().namespace()).labels(DeploymentUtil.selector(d));
    for (ReplicaSet rs : api.list(ReplicaSet.class, options).items()) {
      var ref = rs.metadata().controllerRef();
      if (ref != null && Objects.equals(ref.uid(), d.metadata().uid())) owned.add(rs);
    }
    ReplicaSet newRS = DeploymentUtil.findNewReplicaSet(d, owned);
    List<ReplicaSet> all = new ArrayList<>(DeploymentUtil.findOldReplicaSets(d, owned).all());
    if (newRS != null) all.add(newRS);
    return all;
  }
}
