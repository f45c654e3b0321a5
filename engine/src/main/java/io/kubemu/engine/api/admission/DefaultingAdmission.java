package io.kubemu.engine.api.admission;

import io.kubemu.engine.api.Admission;
import io.kubemu.engine.api.AdmissionRequest;
import io.kubemu.model.KubernetesObject;
import io.kubemu.model.apps.DaemonSet;
import io.kubemu.model.apps.Deployment;
import io.kubemu.model.apps.ReplicaSet;
import io.kubemu.model.apps.StatefulSet;
import io.kubemu.model.batch.CronJob;
import io.kubemu.model.batch.Job;
import io.kubemu.model.core.Endpoints;
import io.kubemu.model.core.Namespace;
import io.kubemu.model.core.Node;
import io.kubemu.model.core.PersistentVolume;
import io.kubemu.model.core.PersistentVolumeClaim;
import io.kubemu.model.core.Pod;
import io.kubemu.model.core.Secret;
import io.kubemu.model.core.Service;
import io.kubemu.model.storage.StorageClass;

/**
 * The API server's decoding defaults as an admission plugin: every write gets its kind's defaults
 * ({@link PodDefaults}, {@link CoreDefaults}, {@link AppsDefaults}, {@link BatchDefaults}, {@link
 * StorageDefaults}), as the real server defaults every object it decodes. A status write gets the
 * status defaults only (its spec is not stored). Stateless.
 */
public final class DefaultingAdmission implements Admission {

  @Override
  public KubernetesObject admit(AdmissionRequest request) {
    KubernetesObject obj = request.object();
    return request.isStatus() ? statusDefaults(obj) : defaults(obj);
  }

  /** {@return {@code obj} with every default of its kind} */
  public static KubernetesObject defaults(KubernetesObject obj) {
    if (obj instanceof Pod o) return PodDefaults.pod(o);
    if (obj instanceof Deployment o) return AppsDefaults.deployment(o);
    if (obj instanceof ReplicaSet o) return AppsDefaults.replicaSet(o);
    if (obj instanceof DaemonSet o) return AppsDefaults.daemonSet(o);
    if (obj instanceof StatefulSet o) return AppsDefaults.statefulSet(o);
    if (obj instanceof Job o) return BatchDefaults.job(o);
    if (obj instanceof CronJob o) return BatchDefaults.cronJob(o);
    if (obj instanceof Service o) return CoreDefaults.service(o);
    if (obj instanceof PersistentVolumeClaim o) return CoreDefaults.pvc(o);
    if (obj instanceof PersistentVolume o) return CoreDefaults.pv(o);
    if (obj instanceof Node o) return CoreDefaults.node(o);
    if (obj instanceof Namespace o) return CoreDefaults.namespace(o);
    if (obj instanceof Secret o) return CoreDefaults.secret(o);
    if (obj instanceof Endpoints o) return CoreDefaults.endpoints(o);
    if (obj instanceof StorageClass o) return StorageDefaults.storageClass(o);
    return obj; // ConfigMap, Event, ControllerRevision, PodDisruptionBudget: no defaults
  }

  /** {@return {@code obj} with the defaults of its status} */
  public static KubernetesObject statusDefaults(KubernetesObject obj) {
    if (obj instanceof Node o) return CoreDefaults.node(o);
    if (obj instanceof PersistentVolumeClaim o) {
      return o.status() == null || CoreDefaults.isEmpty(o.status().phase())
          ? o.withStatus(CoreDefaults.pvc(o).status())
          : o;
    }
    if (obj instanceof PersistentVolume o) {
      return o.status() == null || CoreDefaults.isEmpty(o.status().phase())
          ? o.withStatus(CoreDefaults.pv(o).status())
          : o;
    }
    if (obj instanceof Namespace o) {
      return o.status() == null || CoreDefaults.isEmpty(o.status().phase())
          ? o.withStatus(CoreDefaults.namespace(o).status())
          : o;
    }
    return obj;
  }
}
