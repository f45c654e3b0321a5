package io.kubemu.engine.api.admission;

import io.kubemu.engine.api.Admission;
import io.kubemu.engine.api.AdmissionRequest;
import io.kubemu.engine.api.ApiException;
import io.kubemu.engine.api.FieldError;
import io.kubemu.model.KubernetesObject;
import io.kubemu.model.apps.ControllerRevision;
import io.kubemu.model.apps.DaemonSet;
import io.kubemu.model.apps.Deployment;
import io.kubemu.model.apps.ReplicaSet;
import io.kubemu.model.apps.StatefulSet;
import io.kubemu.model.batch.CronJob;
import io.kubemu.model.batch.Job;
import io.kubemu.model.core.ConfigMap;
import io.kubemu.model.core.Endpoints;
import io.kubemu.model.core.Event;
import io.kubemu.model.core.Namespace;
import io.kubemu.model.core.Node;
import io.kubemu.model.core.PersistentVolume;
import io.kubemu.model.core.PersistentVolumeClaim;
import io.kubemu.model.core.Pod;
import io.kubemu.model.core.Secret;
import io.kubemu.model.core.Service;
import io.kubemu.model.policy.PodDisruptionBudget;
import io.kubemu.model.storage.StorageClass;
import java.util.ArrayList;
import java.util.List;

/**
 * The registry strategies' Validate and ValidateUpdate as an admission plugin: every error of the
 * object is collected and the write is refused with one {@link ApiException.Invalid} ({@code
 * Deployment.apps "web" is invalid: [a, b]}). A status write checks the metadata only. Stateless.
 */
public final class ValidatingAdmission implements Admission {

  @Override
  public void validate(AdmissionRequest request) {
    KubernetesObject obj = request.object();
    KubernetesObject old = request.oldObject();
    List<FieldError> errs;
    if (request.operation() == Operation.CREATE) {
      errs = validateCreate(obj);
    } else if (request.isStatus()) {
      errs = new ArrayList<>();
      MetaValidation.objectMetaUpdate(errs, obj.metadata(), old.metadata());
    } else {
      errs = validateUpdate(obj, old);
    }
    if (!errs.isEmpty()) {
      throw new ApiException.Invalid(request.kind(), obj.metadata().name(), errs);
    }
  }

  /** {@return every error of a new object, in Kubernetes' order; empty when it is valid} */
  public static List<FieldError> validateCreate(KubernetesObject obj) {
    List<FieldError> errs = new ArrayList<>();
    if (obj instanceof Pod o) PodValidation.podCreate(errs, o);
    else if (obj instanceof Deployment o) AppsValidation.deployment(errs, o);
    else if (obj instanceof ReplicaSet o) AppsValidation.replicaSet(errs, o);
    else if (obj instanceof DaemonSet o) AppsValidation.daemonSet(errs, o);
    else if (obj instanceof StatefulSet o) AppsValidation.statefulSet(errs, o);
    else if (obj instanceof ControllerRevision o) AppsValidation.controllerRevision(errs, o);
    else if (obj instanceof Job o) BatchValidation.job(errs, o);
    else if (obj instanceof CronJob o) BatchValidation.cronJob(errs, o);
    else if (obj instanceof Service o) ServiceValidation.service(errs, o);
    else if (obj instanceof Namespace o) CoreValidation.namespace(errs, o);
    else if (obj instanceof Node o) CoreValidation.node(errs, o);
    else if (obj instanceof ConfigMap o) CoreValidation.configMap(errs, o);
    else if (obj instanceof Secret o) CoreValidation.secret(errs, o);
    else if (obj instanceof Endpoints o) CoreValidation.endpoints(errs, o);
    else if (obj instanceof Event o) CoreValidation.event(errs, o);
    else if (obj instanceof PersistentVolumeClaim o) PersistentVolumeValidation.claim(errs, o);
    else if (obj instanceof PersistentVolume o) PersistentVolumeValidation.volume(errs, o);
    else if (obj instanceof StorageClass o) StorageValidation.storageClass(errs, o);
    else if (obj instanceof PodDisruptionBudget o) PolicyValidation.podDisruptionBudget(errs, o);
    return errs;
  }

  /** {@return every error of an update of {@code old} to {@code obj}; empty when it is allowed} */
  public static List<FieldError> validateUpdate(KubernetesObject obj, KubernetesObject old) {
    List<FieldError> errs = new ArrayList<>();
    if (obj instanceof Pod o) PodValidation.podUpdate(errs, o, (Pod) old);
    else if (obj instanceof Deployment o)
      AppsValidation.deploymentUpdate(errs, o, (Deployment) old);
    else if (obj instanceof ReplicaSet o)
      AppsValidation.replicaSetUpdate(errs, o, (ReplicaSet) old);
    else if (obj instanceof DaemonSet o) AppsValidation.daemonSetUpdate(errs, o, (DaemonSet) old);
    else if (obj instanceof StatefulSet o) {
      AppsValidation.statefulSetUpdate(errs, o, (StatefulSet) old);
    } else if (obj instanceof ControllerRevision o) {
      AppsValidation.controllerRevisionUpdate(errs, o, (ControllerRevision) old);
    } else if (obj instanceof Job o) BatchValidation.jobUpdate(errs, o, (Job) old);
    else if (obj instanceof CronJob o) BatchValidation.cronJobUpdate(errs, o, (CronJob) old);
    else if (obj instanceof Service o) ServiceValidation.serviceUpdate(errs, o, (Service) old);
    else if (obj instanceof Node o) CoreValidation.nodeUpdate(errs, o, (Node) old);
    else if (obj instanceof ConfigMap o) CoreValidation.configMapUpdate(errs, o, (ConfigMap) old);
    else if (obj instanceof Secret o) CoreValidation.secretUpdate(errs, o, (Secret) old);
    else if (obj instanceof PersistentVolumeClaim o) {
      PersistentVolumeValidation.claimUpdate(errs, o, (PersistentVolumeClaim) old);
    } else if (obj instanceof PersistentVolume o) {
      PersistentVolumeValidation.volumeUpdate(errs, o, (PersistentVolume) old);
    } else if (obj instanceof StorageClass o) {
      StorageValidation.storageClassUpdate(errs, o, (StorageClass) old);
    } else if (obj instanceof PodDisruptionBudget o) {
      PolicyValidation.podDisruptionBudgetUpdate(errs, o, (PodDisruptionBudget) old);
    } else {
      // Namespace, Endpoints, Event: the metadata rules, then the object as on create
      MetaValidation.objectMetaUpdate(errs, obj.metadata(), old.metadata());
      if (obj instanceof Endpoints o) CoreValidation.endpoints(errs, o);
      if (obj instanceof Event o) CoreValidation.event(errs, o);
    }
    return errs;
  }
}
