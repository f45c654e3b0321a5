package io.kubemu.dsl;

import io.kubemu.model.KubernetesObject;
import io.kubemu.model.apps.DaemonSet;
import io.kubemu.model.apps.Deployment;
import io.kubemu.model.apps.ReplicaSet;
import io.kubemu.model.apps.StatefulSet;
import io.kubemu.model.batch.CronJob;
import io.kubemu.model.batch.Job;
import io.kubemu.model.core.ConfigMap;
import io.kubemu.model.core.Endpoints;
import io.kubemu.model.core.Namespace;
import io.kubemu.model.core.Node;
import io.kubemu.model.core.PersistentVolume;
import io.kubemu.model.core.PersistentVolumeClaim;
import io.kubemu.model.core.Pod;
import io.kubemu.model.core.Secret;
import io.kubemu.model.core.Service;
import io.kubemu.model.policy.PodDisruptionBudget;
import io.kubemu.model.storage.StorageClass;

/** Test helper: {@code Kubemu.toBuilder} chosen by the object's runtime type. */
final class Derive {
  private Derive() {}

  static ObjectBuilder<?> toBuilder(KubernetesObject o) {
    if (o instanceof Namespace x) return Kubemu.toBuilder(x);
    if (o instanceof Node x) return Kubemu.toBuilder(x);
    if (o instanceof Pod x) return Kubemu.toBuilder(x);
    if (o instanceof Deployment x) return Kubemu.toBuilder(x);
    if (o instanceof ReplicaSet x) return Kubemu.toBuilder(x);
    if (o instanceof DaemonSet x) return Kubemu.toBuilder(x);
    if (o instanceof StatefulSet x) return Kubemu.toBuilder(x);
    if (o instanceof Job x) return Kubemu.toBuilder(x);
    if (o instanceof CronJob x) return Kubemu.toBuilder(x);
    if (o instanceof Service x) return Kubemu.toBuilder(x);
    if (o instanceof PersistentVolumeClaim x) return Kubemu.toBuilder(x);
    if (o instanceof PersistentVolume x) return Kubemu.toBuilder(x);
    if (o instanceof StorageClass x) return Kubemu.toBuilder(x);
    if (o instanceof PodDisruptionBudget x) return Kubemu.toBuilder(x);
    if (o instanceof ConfigMap x) return Kubemu.toBuilder(x);
    if (o instanceof Secret x) return Kubemu.toBuilder(x);
    if (o instanceof Endpoints x) return Kubemu.toBuilder(x);
    throw new IllegalArgumentException("no builder for " + o.kind());
  }
}
