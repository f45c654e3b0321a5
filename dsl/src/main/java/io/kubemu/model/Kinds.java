package io.kubemu.model;

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
import java.util.List;
import java.util.Optional;

/** The registry of every kind kubemu models, in a fixed order. */
public final class Kinds {
  private Kinds() {}

  private static final List<String> WORKLOAD_ALIASES =
      List.of("extensions/v1beta1", "apps/v1beta1", "apps/v1beta2");

  private static final List<Kind> ALL =
      List.of(
          core("Namespace", "namespaces", false, Namespace.class),
          core("Node", "nodes", false, Node.class),
          core("Pod", "pods", true, Pod.class),
          core("Service", "services", true, Service.class),
          core("Endpoints", "endpoints", true, Endpoints.class),
          core(
              "PersistentVolumeClaim", "persistentvolumeclaims", true, PersistentVolumeClaim.class),
          core("PersistentVolume", "persistentvolumes", false, PersistentVolume.class),
          core("ConfigMap", "configmaps", true, ConfigMap.class),
          core("Secret", "secrets", true, Secret.class),
          core("Event", "events", true, Event.class),
          new Kind(
              "apps", "v1", "Deployment", "deployments", true, Deployment.class, WORKLOAD_ALIASES),
          new Kind(
              "apps",
              "v1",
              "ReplicaSet",
              "replicasets",
              true,
              ReplicaSet.class,
              List.of("extensions/v1beta1", "apps/v1beta2")),
          new Kind(
              "apps",
              "v1",
              "DaemonSet",
              "daemonsets",
              true,
              DaemonSet.class,
              List.of("extensions/v1beta1", "apps/v1beta2")),
          new Kind(
              "apps",
              "v1",
              "StatefulSet",
              "statefulsets",
              true,
              StatefulSet.class,
              List.of("apps/v1beta1", "apps/v1beta2")),
          new Kind(
              "apps",
              "v1",
              "ControllerRevision",
              "controllerrevisions",
              true,
              ControllerRevision.class,
              List.of("apps/v1beta1", "apps/v1beta2")),
          new Kind("batch", "v1", "Job", "jobs", true, Job.class, List.of()),
          new Kind(
              "batch",
              "v1",
              "CronJob",
              "cronjobs",
              true,
              CronJob.class,
              List.of("batch/v1beta1", "batch/v2alpha1")),
          new Kind(
              "storage.k8s.io",
              "v1",
              "StorageClass",
              "storageclasses",
              false,
              StorageClass.class,
              List.of("storage.k8s.io/v1beta1")),
          new Kind(
              "policy",
              "v1",
              "PodDisruptionBudget",
              "poddisruptionbudgets",
              true,
              PodDisruptionBudget.class,
              List.of("policy/v1beta1")));

  /** {@return every kind, in a fixed order} */
  public static List<Kind> all() {
    return ALL;
  }

  /** {@return the kind a manifest's apiVersion and kind select, if kubemu models it} */
  public static Optional<Kind> find(String apiVersion, String kind) {
    for (Kind k : ALL) {
      if (k.kind().equals(kind) && k.accepts(apiVersion)) return Optional.of(k);
    }
    return Optional.empty();
  }

  /** {@return the kind of a model type} */
  public static Kind of(Class<? extends KubernetesObject> type) {
    for (Kind k : ALL) {
      if (k.type() == type) return k;
    }
    throw new IllegalArgumentException("not a modelled kind: " + type.getName());
  }

  /** {@return the kind with this name ("Deployment") or plural/short resource name ("deploy")} */
  public static Optional<Kind> byName(String name) {
    String n = name.toLowerCase(java.util.Locale.ROOT);
    for (Kind k : ALL) {
      if (k.kind().toLowerCase(java.util.Locale.ROOT).equals(n) || k.plural().equals(n)) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }

  private static Kind core(
      String kind, String plural, boolean namespaced, Class<? extends KubernetesObject> type) {
    return new Kind("", "v1", kind, plural, namespaced, type, List.of());
  }
}
