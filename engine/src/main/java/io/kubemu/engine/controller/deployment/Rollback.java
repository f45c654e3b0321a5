package io.kubemu.engine.controller.deployment;

import io.kubemu.model.apps.Deployment;
import io.kubemu.model.apps.ReplicaSet;
import io.kubemu.model.core.Event;
import io.kubemu.model.core.PodTemplateSpec;
import io.kubemu.model.meta.ObjectMeta;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The controller-side rollback (upstream pkg/controller/deployment/rollback.go), driven by the
 * {@value DeploymentUtil#DEPRECATED_ROLLBACK_TO} annotation that carries the {@code
 * spec.rollbackTo} of the older API versions: the Deployment's template is replaced by the template
 * of the ReplicaSet with that revision (0: the previous one), then the annotation is removed.
 * kubectl's {@code rollout undo} does not use it ({@link DeploymentRollouts#undo} copies the
 * template itself); both end the same way: the old ReplicaSet becomes the new one again and gets
 * the next revision.
 */
final class Rollback {
  static final String ROLLBACK_REVISION_NOT_FOUND = "DeploymentRollbackRevisionNotFound";
  static final String ROLLBACK_TEMPLATE_UNCHANGED = "DeploymentRollbackTemplateUnchanged";
  static final String ROLLBACK_DONE = "DeploymentRollback";

  private final DeploymentController dc;

  Rollback(DeploymentController dc) {
    this.dc = dc;
  }

  /** {@return the revision to roll back to, or null when none is asked} (getRollbackTo) */
  static Long getRollbackTo(Deployment d) {
    String v = d.metadata().annotation(DeploymentUtil.DEPRECATED_ROLLBACK_TO);
    if (v == null || v.isEmpty()) return null;
    try {
      return Long.parseLong(v);
    } catch (NumberFormatException e) {
      return null; // invalid: ignored
    }
  }

  /** rollback. */
  void rollback(MutableDeployment d, List<ReplicaSet> rsList) {
    Sync.ReplicaSets s = dc.sync.getAllReplicaSetsAndSyncRevision(d, rsList, true);
    List<ReplicaSet> allRSs = s.all();
    long revision = getRollbackTo(d.get());
    if (revision == 0) {
      revision = DeploymentUtil.lastRevision(allRSs);
      if (revision == 0) {
        dc.recorder.event(
            d.get(),
            Event.TYPE_WARNING,
            ROLLBACK_REVISION_NOT_FOUND,
            "Unable to find last revision.");
        updateDeploymentAndClearRollbackTo(d);
        return;
      }
    }
    for (ReplicaSet rs : allRSs) {
      if (DeploymentUtil.revision(rs) == revision) {
        if (rollbackToTemplate(d, rs)) {
          dc.recorder.event(
              d.get(),
              Event.TYPE_NORMAL,
              ROLLBACK_DONE,
              "Rolled back deployment \""
                  + d.get().metadata().name()
                  + "\" to revision "
                  + revision);
        }
        return;
      }
    }
    dc.recorder.event(
        d.get(),
        Event.TYPE_WARNING,
        ROLLBACK_REVISION_NOT_FOUND,
        "Unable to find the revision to rollback to.");
    updateDeploymentAndClearRollbackTo(d);
  }

  /** rollbackToTemplate: {@return whether the template changed}; the annotation goes either way */
  private boolean rollbackToTemplate(MutableDeployment d, ReplicaSet rs) {
    Deployment dep = d.get();
    boolean performed = false;
    if (!DeploymentUtil.equalIgnoreHash(dep.spec().template(), rs.spec().template())) {
      PodTemplateSpec t = rs.spec().template();
      PodTemplateSpec template =
          t.withMetadata(t.metadata().withLabel(Deployment.POD_TEMPLATE_HASH_LABEL, null));
      dep = dep.withSpec(dep.spec().withTemplate(template));
      dep = dep.withMetadata(setDeploymentAnnotationsTo(dep.metadata(), rs));
      d.set(dep);
      performed = true;
    } else {
      dc.recorder.event(
          dep,
          Event.TYPE_WARNING,
          ROLLBACK_TEMPLATE_UNCHANGED,
          "The rollback revision contains the same template as current deployment \""
              + dep.metadata().name()
              + "\"");
    }
    updateDeploymentAndClearRollbackTo(d);
    return performed;
  }

  /**
   * SetDeploymentAnnotationsTo: the Deployment keeps its skipped annotations (revision,
   * last-applied, ...) and takes every other annotation from the ReplicaSet (its change-cause).
   */
  static ObjectMeta setDeploymentAnnotationsTo(ObjectMeta deployment, ReplicaSet rollbackTo) {
    Map<String, String> a = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : deployment.annotations().entrySet()) {
      if (DeploymentUtil.ANNOTATIONS_TO_SKIP.contains(e.getKey())) a.put(e.getKey(), e.getValue());
    }
    for (Map.Entry<String, String> e : rollbackTo.metadata().annotations().entrySet()) {
      if (!DeploymentUtil.ANNOTATIONS_TO_SKIP.contains(e.getKey())) a.put(e.getKey(), e.getValue());
    }
    return deployment.withAnnotations(a);
  }

  private void updateDeploymentAndClearRollbackTo(MutableDeployment d) {
    Deployment dep = d.get();
    dep =
        dep.withMetadata(
            dep.metadata().withAnnotation(DeploymentUtil.DEPRECATED_ROLLBACK_TO, null));
    d.set(dc.api.update(dep));
  }
}
