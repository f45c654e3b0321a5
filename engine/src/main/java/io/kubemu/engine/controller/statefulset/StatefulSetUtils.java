package io.kubemu.engine.controller.statefulset;

import io.kubemu.model.IntOrString;
import io.kubemu.model.apps.StatefulSet;
import io.kubemu.model.apps.StatefulSetSpec;
import io.kubemu.model.apps.StatefulSetUpdateStrategy;
import io.kubemu.model.core.PersistentVolumeClaim;
import io.kubemu.model.core.Pod;
import io.kubemu.model.core.PodSpec;
import io.kubemu.model.core.PodTemplateSpec;
import io.kubemu.model.core.Volume;
import io.kubemu.model.meta.ObjectMeta;
import io.kubemu.model.meta.OwnerReference;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Identity, storage and revision helpers of a StatefulSet's pods (upstream stateful_set_utils.go).
 * Unset spec fields read as their API defaults (replicas 1, partition 0, minReadySeconds 0,
 * RollingUpdate), so that the controller works with or without defaulting admission. Stateless.
 */
public final class StatefulSetUtils {
  private StatefulSetUtils() {}

  /**
   * getParentNameAndOrdinal, as upstream's statefulPodRegex {@code (.*)-([0-9]+)$} splits a name:
   * {@return the index of the last '-' when only ASCII digits (at least one) follow it, else -1}
   */
  private static int ordinalDash(String name) {
    int dash = name.lastIndexOf('-');
    if (dash < 0 || dash == name.length() - 1) return -1;
    for (int i = dash + 1; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c < '0' || c > '9') return -1;
    }
    return dash;
  }

  /** getParentName: {@return the name of the pod's StatefulSet, "" when the name has none} */
  public static String getParentName(Pod pod) {
    String name = nameOf(pod);
    int dash = ordinalDash(name);
    return dash < 0 ? "" : name.substring(0, dash);
  }

  /** getOrdinal: {@return the pod's ordinal parsed from its name, -1 if it has none} */
  public static int getOrdinal(Pod pod) {
    String name = nameOf(pod);
    int dash = ordinalDash(name);
    if (dash < 0) return -1;
    if (name.length() - dash - 1 > 10) return -1; // strconv.ParseInt(s, 10, 32) overflows
    long v = Long.parseLong(name.substring(dash + 1));
    return v > Integer.MAX_VALUE ? -1 : (int) v;
  }

  private static String nameOf(Pod pod) {
    return pod.metadata().name() == null ? "" : pod.metadata().name();
  }

  /** getStartOrdinal: spec.ordinals.start, default 0. */
  public static int getStartOrdinal(StatefulSet set) {
    StatefulSetSpec s = set.spec();
    return s == null || s.ordinals() == null || s.ordinals().start() == null
        ? 0
        : s.ordinals().start();
  }

  /** getEndOrdinal: the last ordinal (inclusive). */
  public static int getEndOrdinal(StatefulSet set) {
    return getStartOrdinal(set) + replicas(set) - 1;
  }

  /** podInOrdinalRange. */
  public static boolean podInOrdinalRange(Pod pod, StatefulSet set) {
    int ordinal = getOrdinal(pod);
    return ordinal >= getStartOrdinal(set) && ordinal <= getEndOrdinal(set);
  }

  /** getPodName: {@code <set>-<ordinal>}. */
  public static String getPodName(StatefulSet set, int ordinal) {
    return set.metadata().name() + "-" + ordinal;
  }

  /** getPersistentVolumeClaimName: {@code <claim>-<set>-<ordinal>}. */
  public static String getPersistentVolumeClaimName(
      StatefulSet set, PersistentVolumeClaim claim, int ordinal) {
    return claim.metadata().name() + "-" + set.metadata().name() + "-" + ordinal;
  }

  /** isMemberOf. */
  public static boolean isMemberOf(StatefulSet set, Pod pod) {
    return getParentName(pod).equals(set.metadata().name());
  }

  /** identityMatches: name, namespace and the pod-name label fit the set. */
  static boolean identityMatches(StatefulSet set, Pod pod) {
    int ordinal = getOrdinal(pod);
    return ordinal >= 0
        && set.metadata().name().equals(getParentName(pod))
        && nameOf(pod).equals(getPodName(set, ordinal))
        && java.util.Objects.equals(pod.metadata().namespace(), set.metadata().namespace())
        && nameOf(pod).equals(pod.metadata().label(StatefulSet.POD_NAME_LABEL));
  }

  /** storageMatches: the pod mounts each template's claim for its ordinal. */
  static boolean storageMatches(StatefulSet set, Pod pod) {
    int ordinal = getOrdinal(pod);
    if (ordinal < 0) return false;
    List<Volume> volumes = podSpec(pod).volumes();
    for (PersistentVolumeClaim claim : spec(set).volumeClaimTemplates()) {
      Volume v = null;
      for (Volume candidate : volumes) {
        if (claim.metadata().name().equals(candidate.name())) v = candidate; // the last one wins
      }
      if (v == null
          || v.persistentVolumeClaim() == null
          || !getPersistentVolumeClaimName(set, claim, ordinal)
              .equals(v.persistentVolumeClaim().claimName())) {
        return false;
      }
    }
    return true;
  }

  /**
   * getPersistentVolumeClaims: {@return the pod's claims by template name, in template order}, each
   * named for the pod's ordinal, in the set's namespace, labelled with the selector's matchLabels.
   */
  public static Map<String, PersistentVolumeClaim> getPersistentVolumeClaims(
      StatefulSet set, Pod pod) {
    int ordinal = getOrdinal(pod);
    Map<String, PersistentVolumeClaim> claims = new LinkedHashMap<>();
    Map<String, String> selectorLabels =
        spec(set).selector() == null ? Map.of() : spec(set).selector().matchLabels();
    for (PersistentVolumeClaim template : spec(set).volumeClaimTemplates()) {
      Map<String, String> labels = new LinkedHashMap<>(template.metadata().labels());
      labels.putAll(selectorLabels);
      ObjectMeta meta =
          template
              .metadata()
              .withName(getPersistentVolumeClaimName(set, template, ordinal))
              .withNamespace(set.metadata().namespace())
              .withLabels(labels);
      claims.put(template.metadata().name(), template.withMetadata(meta));
    }
    return claims;
  }

  /** {@return the names of the pod's claims, in template order (no claim objects built)} */
  static List<String> getPersistentVolumeClaimNames(StatefulSet set, Pod pod) {
    int ordinal = getOrdinal(pod);
    List<String> names = new ArrayList<>();
    for (PersistentVolumeClaim template : spec(set).volumeClaimTemplates()) {
      names.add(getPersistentVolumeClaimName(set, template, ordinal));
    }
    return names;
  }

  /** updateStorage: the template claims as the pod's volumes, other volumes kept after them. */
  static Pod updateStorage(StatefulSet set, Pod pod) {
    Map<String, PersistentVolumeClaim> claims = getPersistentVolumeClaims(set, pod);
    List<Volume> volumes = new ArrayList<>();
    claims.forEach((name, claim) -> volumes.add(Volume.ofClaim(name, claim.metadata().name())));
    for (Volume v : podSpec(pod).volumes()) {
      if (!claims.containsKey(v.name())) volumes.add(v);
    }
    return pod.withSpec(podSpec(pod).withVolumes(volumes));
  }

  /** initIdentity: identity, plus hostname and subdomain, set only when the pod is created. */
  static Pod initIdentity(StatefulSet set, Pod pod) {
    Pod p = updateIdentity(set, pod);
    return p.withSpec(
        podSpec(p).withHostname(p.metadata().name()).withSubdomain(spec(set).serviceName()));
  }

  /** updateIdentity: name, namespace, the pod-name and pod-index labels. */
  static Pod updateIdentity(StatefulSet set, Pod pod) {
    int ordinal = getOrdinal(pod);
    String name = getPodName(set, ordinal);
    ObjectMeta m =
        pod.metadata()
            .withName(name)
            .withNamespace(set.metadata().namespace())
            .withLabel(StatefulSet.POD_NAME_LABEL, name)
            .withLabel(StatefulSet.POD_INDEX_LABEL, Integer.toString(ordinal)); // PodIndexLabel
    return pod.withMetadata(m);
  }

  /** getPodRevision: the controller-revision-hash label, "" if absent. */
  public static String getPodRevision(Pod pod) {
    String r = pod.metadata().label(StatefulSet.REVISION_LABEL);
    return r == null ? "" : r;
  }

  static Pod setPodRevision(Pod pod, String revision) {
    return pod.withMetadata(pod.metadata().withLabel(StatefulSet.REVISION_LABEL, revision));
  }

  /**
   * newStatefulSetPod: the template as a pod (controller.GetPodFromTemplate) controlled by the set,
   * with its identity and storage.
   */
  static Pod newStatefulSetPod(StatefulSet set, int ordinal) {
    PodTemplateSpec t = spec(set).template();
    ObjectMeta tm = t == null ? ObjectMeta.EMPTY : t.metadata();
    ObjectMeta sm = set.metadata();
    OwnerReference ref =
        new OwnerReference(set.apiVersion(), set.kind(), sm.name(), sm.uid(), true, true);
    ObjectMeta meta =
        ObjectMeta.EMPTY
            .withName(getPodName(set, ordinal))
            .withGenerateName(sm.name() + "-")
            .withNamespace(sm.namespace())
            .withLabels(tm.labels())
            .withAnnotations(tm.annotations())
            .withFinalizers(tm.finalizers())
            .withOwnerReferences(List.of(ref));
    Pod pod = new Pod(meta, t == null || t.spec() == null ? PodSpec.EMPTY : t.spec(), null);
    return updateStorage(set, initIdentity(set, pod));
  }

  /**
   * newVersionedStatefulSetPod: ordinals below the partition (RollingUpdate) are made from the
   * current revision, the others from the update revision. The condition keeps upstream's operator
   * precedence: a RollingUpdate without parameters uses status.currentReplicas as the partition.
   */
  static Pod newVersionedStatefulSetPod(
      StatefulSet currentSet,
      StatefulSet updateSet,
      String currentRevision,
      String updateRevision,
      int ordinal) {
    StatefulSetUpdateStrategy u = spec(currentSet).updateStrategy();
    boolean rolling = u == null || !StatefulSetUpdateStrategy.ON_DELETE.equals(u.type());
    boolean hasParams = u != null && u.rollingUpdate() != null;
    int start = getStartOrdinal(currentSet);
    int currentReplicas =
        currentSet.status() == null || currentSet.status().currentReplicas() == null
            ? 0
            : currentSet.status().currentReplicas();
    if ((rolling && !hasParams && ordinal < start + currentReplicas)
        || (hasParams && ordinal < start + partition(currentSet))) {
      return setPodRevision(newStatefulSetPod(currentSet, ordinal), currentRevision);
    }
    return setPodRevision(newStatefulSetPod(updateSet, ordinal), updateRevision);
  }

  /** getStatefulSetMaxUnavailable: scaled on replicas, rounded down, at least 1; default 1. */
  static int getStatefulSetMaxUnavailable(IntOrString maxUnavailable, int replicaCount) {
    IntOrString v = maxUnavailable == null ? IntOrString.of(1) : maxUnavailable;
    int n = v.scaledValue(replicaCount, false);
    return Math.max(n, 1); // a small percentage may round down to 0
  }

  // ---------------------------------------------------------------- spec with defaults

  static StatefulSetSpec spec(StatefulSet set) {
    return set.spec() == null ? StatefulSetSpec.EMPTY : set.spec();
  }

  static PodSpec podSpec(Pod pod) {
    return pod.spec() == null ? PodSpec.EMPTY : pod.spec();
  }

  /** {@return spec.replicas, default 1} */
  public static int replicas(StatefulSet set) {
    Integer r = spec(set).replicas();
    return r == null ? 1 : r;
  }

  /** {@return spec.minReadySeconds, default 0} */
  public static int minReadySeconds(StatefulSet set) {
    Integer s = spec(set).minReadySeconds();
    return s == null ? 0 : s;
  }

  /** {@return the RollingUpdate partition, default 0} */
  public static int partition(StatefulSet set) {
    StatefulSetUpdateStrategy u = spec(set).updateStrategy();
    return u == null || u.rollingUpdate() == null || u.rollingUpdate().partition() == null
        ? 0
        : u.rollingUpdate().partition();
  }

  /** {@return the update strategy type, default RollingUpdate} */
  public static String updateStrategyType(StatefulSet set) {
    StatefulSetUpdateStrategy u = spec(set).updateStrategy();
    return u == null || u.type() == null ? StatefulSetUpdateStrategy.ROLLING_UPDATE : u.type();
  }

  /** allowsBurst: podManagementPolicy Parallel. */
  static boolean allowsBurst(StatefulSet set) {
    return StatefulSetSpec.PARALLEL.equals(spec(set).podManagementPolicy());
  }
}
