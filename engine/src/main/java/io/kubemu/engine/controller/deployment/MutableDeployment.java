package io.kubemu.engine.controller.deployment;

import io.kubemu.model.apps.Deployment;
import io.kubemu.model.apps.DeploymentStatus;

/**
 * The working copy of a Deployment during one sync: upstream mutates its deep copy of the cached
 * object (status conditions, the revision annotation, collisionCount) and later steps of the same
 * sync see those changes; records being immutable, the copy is replaced instead.
 */
final class MutableDeployment {
  private Deployment d;

  MutableDeployment(Deployment d) {
    this.d = d;
  }

  Deployment get() {
    return d;
  }

  void set(Deployment d) {
    this.d = d;
  }

  DeploymentStatus status() {
    return DeploymentConditions.orEmpty(d.status());
  }

  void setStatus(DeploymentStatus status) {
    d = d.withStatus(status);
  }

  /** SetDeploymentRevision: {@return whether the revision annotation changed} */
  boolean setRevision(String revision) {
    if (revision.equals(d.metadata().annotation(DeploymentUtil.REVISION_ANNOTATION))) return false;
    d = d.withMetadata(d.metadata().withAnnotation(DeploymentUtil.REVISION_ANNOTATION, revision));
    return true;
  }
}
