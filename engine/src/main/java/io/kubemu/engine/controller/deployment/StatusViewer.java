package io.kubemu.engine.controller.deployment;

import io.kubemu.engine.api.GoFormat;
import io.kubemu.model.apps.Deployment;
import io.kubemu.model.apps.DeploymentCondition;
import io.kubemu.model.apps.DeploymentStatus;

/**
 * What {@code kubectl rollout status} prints for one state of a Deployment (upstream
 * staging/src/k8s.io/kubectl/pkg/polymorphichelpers/rollout_status.go, {@code
 * DeploymentStatusViewer.Status}). Pure.
 */
final class StatusViewer {
  private StatusViewer() {}

  /**
   * One status: the line printed, whether the rollout is done, or the error that ends the watch.
   */
  record Status(String line, boolean done, String error) {}

  /**
   * {@return the status of the Deployment}
   *
   * @param revision the revision the rollout must be at, 0 for any
   */
  static Status status(Deployment d, long revision) {
    String name = GoFormat.quote(d.metadata().name());
    if (revision > 0) {
      long deploymentRev = DeploymentUtil.revision(d);
      if (deploymentRev < 0) {
        return error("cannot get the revision of deployment " + name);
      }
      if (revision != deploymentRev) {
        return error(
            "desired revision ("
                + revision
                + ") is different from the running revision ("
                + deploymentRev
                + ")");
      }
    }
    DeploymentStatus s = DeploymentConditions.orEmpty(d.status());
    long generation = DeploymentConditions.l(d.metadata().generation());
    if (generation <= DeploymentConditions.l(s.observedGeneration())) {
      DeploymentCondition cond = DeploymentConditions.get(s, DeploymentCondition.PROGRESSING);
      if (cond != null && DeploymentConditions.TIMED_OUT_REASON.equals(cond.reason())) {
        return error("deployment " + name + " exceeded its progress deadline");
      }
      int updated = DeploymentConditions.n(s.updatedReplicas());
      int replicas = DeploymentConditions.n(s.replicas());
      int available = DeploymentConditions.n(s.availableReplicas());
      Integer specReplicas = d.spec() == null ? null : d.spec().replicas();
      String waiting = "Waiting for deployment " + name + " rollout to finish: ";
      if (specReplicas != null && updated < specReplicas) {
        return line(
            waiting + updated + " out of " + specReplicas + " new replicas have been updated...",
            false);
      }
      if (replicas > updated) {
        return line(
            waiting + (replicas - updated) + " old replicas are pending termination...", false);
      }
      if (available < updated) {
        return line(
            waiting + available + " of " + updated + " updated replicas are available...", false);
      }
      return line("deployment " + name + " successfully rolled out", true);
    }
    return line("Waiting for deployment spec update to be observed...", false);
  }

  private static Status line(String line, boolean done) {
    return new Status(line, done, null);
  }

  private static Status error(String message) {
    return new Status(null, false, message);
  }
}
