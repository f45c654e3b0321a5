package io.kubemu.engine.controller.deployment;

import io.kubemu.engine.api.ApiException;
import io.kubemu.engine.api.GoFormat;
import io.kubemu.engine.controller.util.ControllerUtils;
import io.kubemu.model.apps.Deployment;
import io.kubemu.model.apps.DeploymentCondition;
import io.kubemu.model.apps.ReplicaSet;
import io.kubemu.model.apps.ReplicaSetSpec;
import io.kubemu.model.core.ConditionStatus;
import io.kubemu.model.core.Event;
import io.kubemu.model.core.PodTemplateSpec;
import io.kubemu.model.meta.LabelSelector;
import io.kubemu.model.meta.ObjectMeta;
import io.kubemu.model.meta.OwnerReference;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Finding, creating and annotating the Deployment's new ReplicaSet (upstream {@code
 * getNewReplicaSet} of pkg/controller/deployment/sync.go).
 */
final class NewReplicaSet {

  /** The revision-history annotation is kept under 2000 characters (about 100 revisions). */
  static final int MAX_REV_HISTORY_LENGTH_IN_CHARS = 2000;

  private final DeploymentController dc;

  NewReplicaSet(DeploymentController dc) {
    this.dc = dc;
  }

  /**
   * getNewReplicaSet: the ReplicaSet whose template is the Deployment's. An existing one gets the
   * Deployment's annotations and revision max(old revisions) + 1 when its own is lower (a rollback
   * to revision 3 after 4 makes it 5), and the Deployment the same revision. A missing one is
   * created when {@code createIfNotExisted}, named {@code <deployment>-<pod-template-hash>}, with
   * NewRSNewReplicas pods; a name taken by another template bumps status.collisionCount and fails
   * the sync, to be retried with the next hash.
   *
   * @return the new ReplicaSet, or null
   */
  ReplicaSet getNewReplicaSet(
      MutableDeployment d,
      List<ReplicaSet> rsList,
      List<ReplicaSet> oldRSs,
      boolean createIfNotExisted) {
    ReplicaSet existing = DeploymentUtil.findNewReplicaSet(d.get(), rsList);
    String newRevision = Long.toString(DeploymentUtil.maxRevision(oldRSs) + 1);

    if (existing != null) {
      ReplicaSetAnnotations.Annotated a =
          ReplicaSetAnnotations.setNewReplicaSetAnnotations(
              d.get(),
              existing.metadata().annotations(),
              newRevision,
              true,
              MAX_REV_HISTORY_LENGTH_IN_CHARS);
      int dMinReady = DeploymentUtil.minReadySeconds(d.get());
      boolean minReadyNeedsUpdate = minReady(existing) != dMinReady;
      if (a.changed() || minReadyNeedsUpdate) {
        ReplicaSetSpec spec = existing.spec();
        ReplicaSetSpec newSpec =
            new ReplicaSetSpec(
                spec.replicas(),
                d.get().spec().minReadySeconds(),
                spec.selector(),
                spec.template());
        return dc.api.update(
            existing
                .withSpec(newSpec)
                .withMetadata(existing.metadata().withAnnotations(a.annotations())));
      }
      boolean needsUpdate =
          d.setRevision(existing.metadata().annotation(DeploymentUtil.REVISION_ANNOTATION));
      DeploymentCondition cond =
          DeploymentConditions.get(d.status(), DeploymentCondition.PROGRESSING);
      if (DeploymentConditions.hasProgressDeadline(d.get()) && cond == null) {
        String msg = "Found new replica set " + GoFormat.quote(existing.metadata().name());
        d.setStatus(
            DeploymentConditions.set(
                d.status(),
                DeploymentConditions.newCondition(
                    DeploymentCondition.PROGRESSING,
                    ConditionStatus.TRUE,
                    DeploymentConditions.FOUND_NEW_RS_REASON,
                    msg,
                    dc.loop.now())));
        needsUpdate = true;
      }
      if (needsUpdate) dc.api.updateStatus(d.get());
      return existing;
    }
    if (!createIfNotExisted) return null;
    return create(d, oldRSs, newRevision);
  }

  private ReplicaSet create(MutableDeployment d, List<ReplicaSet> oldRSs, String newRevision) {
    Deployment dep = d.get();
    PodTemplateSpec template = dep.spec().template();
    String hash = ControllerUtils.computeHash(template, d.status().collisionCount());
    Map<String, String> labels = new LinkedHashMap<>(template.metadata().labels());
    labels.put(Deployment.POD_TEMPLATE_HASH_LABEL, hash);
    PodTemplateSpec newTemplate = template.withMetadata(template.metadata().withLabels(labels));
    LabelSelector sel = dep.spec().selector();
    Map<String, String> matchLabels = new LinkedHashMap<>(sel.matchLabels());
    matchLabels.put(Deployment.POD_TEMPLATE_HASH_LABEL, hash);
    LabelSelector newSelector = new LabelSelector(matchLabels, sel.matchExpressions());
    String ns = dep.metadata().namespace();
    String name = dep.metadata().name() + "-" + hash;
    OwnerReference ref = ControllerUtils.newControllerRef(dep);
    ObjectMeta meta =
        ObjectMeta.named(ns, name).withOwnerReferences(List.of(ref)).withLabels(labels);
    ReplicaSet newRS =
        new ReplicaSet(
            meta,
            new ReplicaSetSpec(0, dep.spec().minReadySeconds(), newSelector, newTemplate),
            null);
    List<ReplicaSet> allRSs = new ArrayList<>(oldRSs);
    allRSs.add(newRS);
    int newReplicasCount = Fenceposts.newRSNewReplicas(dep, allRSs, newRS);
    ReplicaSetAnnotations.Annotated a =
        ReplicaSetAnnotations.setNewReplicaSetAnnotations(
            dep, Map.of(), newRevision, false, MAX_REV_HISTORY_LENGTH_IN_CHARS);
    newRS =
        newRS.withReplicas(newReplicasCount).withMetadata(meta.withAnnotations(a.annotations()));

    boolean alreadyExists = false;
    ReplicaSet createdRS;
    try {
      createdRS = dc.api.create(newRS);
    } catch (ApiException.AlreadyExists e) {
      alreadyExists = true;
      ReplicaSet rs = dc.rsLister.get(ns, name).orElseThrow(() -> e);
      OwnerReference controllerRef = rs.metadata().controllerRef();
      if (controllerRef != null
          && Objects.equals(controllerRef.uid(), dep.metadata().uid())
          && DeploymentUtil.equalIgnoreHash(template, rs.spec().template())) {
        createdRS = rs;
      } else {
        // A hash collision: count it, so that the next sync hashes with the new count.
        Integer cc = d.status().collisionCount();
        d.setStatus(withCollisionCount(d, cc == null ? 1 : cc + 1));
        try {
          dc.api.updateStatus(d.get());
        } catch (ApiException ignored) {
          // the original error is returned either way
        }
        throw e;
      }
    } catch (ApiException e) {
      String msg =
          "Failed to create new replica set " + GoFormat.quote(name) + ": " + e.getMessage();
      if (DeploymentConditions.hasProgressDeadline(dep)) {
        d.setStatus(
            DeploymentConditions.set(
                d.status(),
                DeploymentConditions.newCondition(
                    DeploymentCondition.PROGRESSING,
                    ConditionStatus.FALSE,
                    DeploymentConditions.FAILED_RS_CREATE_REASON,
                    msg,
                    dc.loop.now())));
        try {
          dc.api.updateStatus(d.get());
        } catch (ApiException ignored) {
          // the bigger issue is reported
        }
      }
      dc.recorder.event(dep, Event.TYPE_WARNING, DeploymentConditions.FAILED_RS_CREATE_REASON, msg);
      throw e;
    }
    if (!alreadyExists && newReplicasCount > 0) {
      dc.recorder.eventf(
          dep,
          Event.TYPE_NORMAL,
          "ScalingReplicaSet",
          "Scaled up replica set %s to %d",
          createdRS.metadata().name(),
          newReplicasCount);
    }
    boolean needsUpdate = d.setRevision(newRevision);
    if (!alreadyExists && DeploymentConditions.hasProgressDeadline(dep)) {
      String msg = "Created new replica set " + GoFormat.quote(createdRS.metadata().name());
      d.setStatus(
          DeploymentConditions.set(
              d.status(),
              DeploymentConditions.newCondition(
                  DeploymentCondition.PROGRESSING,
                  ConditionStatus.TRUE,
                  DeploymentConditions.NEW_REPLICA_SET_REASON,
                  msg,
                  dc.loop.now())));
      needsUpdate = true;
    }
    if (needsUpdate) dc.api.updateStatus(d.get());
    return createdRS;
  }

  private static io.kubemu.model.apps.DeploymentStatus withCollisionCount(
      MutableDeployment d, int count) {
    io.kubemu.model.apps.DeploymentStatus s = d.status();
    return new io.kubemu.model.apps.DeploymentStatus(
        s.observedGeneration(),
        s.replicas(),
        s.updatedReplicas(),
        s.readyReplicas(),
        s.availableReplicas(),
        s.unavailableReplicas(),
        s.terminatingReplicas(),
        s.conditions(),
        count);
  }

  private static int minReady(ReplicaSet rs) {
    return rs.spec().minReadySeconds() == null ? 0 : rs.spec().minReadySeconds();
  }
}
