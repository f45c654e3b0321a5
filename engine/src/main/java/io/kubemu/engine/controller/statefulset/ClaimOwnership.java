package io.kubemu.engine.controller.statefulset;

import io.kubemu.model.KubernetesObject;
import io.kubemu.model.apps.StatefulSet;
import io.kubemu.model.apps.StatefulSetPersistentVolumeClaimRetentionPolicy;
import io.kubemu.model.core.PersistentVolumeClaim;
import io.kubemu.model.core.Pod;
import io.kubemu.model.meta.OwnerReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * The owner references a StatefulSet puts on its claims to carry out the
 * persistentVolumeClaimRetentionPolicy (feature StatefulSetAutoDeletePVC, beta and on in v1.30):
 *
 * <pre>
 *   whenScaled Retain, whenDeleted Retain: no owner reference
 *   whenScaled Retain, whenDeleted Delete: the set as controller
 *   whenScaled Delete, whenDeleted Retain: the pod as controller, once the pod is scaled down
 *   whenScaled Delete, whenDeleted Delete: the set while the pod is in range, the pod once not
 * </pre>
 *
 * The garbage collector then deletes the claim with its owner. Stateless.
 */
final class ClaimOwnership {
  private ClaimOwnership() {}

  static final String RETAIN = StatefulSetPersistentVolumeClaimRetentionPolicy.RETAIN;
  static final String DELETE = StatefulSetPersistentVolumeClaimRetentionPolicy.DELETE;

  /** getPersistentVolumeClaimRetentionPolicy: Retain/Retain when unset. */
  static StatefulSetPersistentVolumeClaimRetentionPolicy policy(StatefulSet set) {
    StatefulSetPersistentVolumeClaimRetentionPolicy p =
        StatefulSetUtils.spec(set).persistentVolumeClaimRetentionPolicy();
    String whenDeleted = p == null || p.whenDeleted() == null ? RETAIN : p.whenDeleted();
    String whenScaled = p == null || p.whenScaled() == null ? RETAIN : p.whenScaled();
    return new StatefulSetPersistentVolumeClaimRetentionPolicy(whenDeleted, whenScaled);
  }

  /** matchesRef: same apiVersion, kind and name (the uid is not compared). */
  static boolean matchesRef(OwnerReference ref, KubernetesObject obj) {
    return obj.apiVersion().equals(ref.apiVersion())
        && obj.kind().equals(ref.kind())
        && Objects.equals(ref.name(), obj.metadata().name());
  }

  /** hasUnexpectedController: under a Delete policy, another controller owns the claim. */
  static boolean hasUnexpectedController(PersistentVolumeClaim claim, StatefulSet set, Pod pod) {
    var p = policy(set);
    if (RETAIN.equals(p.whenScaled()) && RETAIN.equals(p.whenDeleted())) return false;
    for (OwnerReference ref : claim.metadata().ownerReferences()) {
      if (matchesRef(ref, set)) {
        if (!Objects.equals(ref.uid(), set.metadata().uid())) return true; // wrongly orphaned
        continue;
      }
      if (matchesRef(ref, pod)) {
        if (!Objects.equals(ref.uid(), pod.metadata().uid())) return true;
        continue;
      }
      if (Boolean.TRUE.equals(ref.controller())) return true;
    }
    return false;
  }

  /** hasNonControllerOwner: the set or pod owns the claim without being its controller. */
  static boolean hasNonControllerOwner(PersistentVolumeClaim claim, StatefulSet set, Pod pod) {
    for (OwnerReference ref : claim.metadata().ownerReferences()) {
      if (Objects.equals(ref.uid(), set.metadata().uid())
          || Objects.equals(ref.uid(), pod.metadata().uid())) {
        if (!Boolean.TRUE.equals(ref.controller())) return true;
      }
    }
    return false;
  }

  /** hasOwnerRef: target has a reference with owner's uid. */
  static boolean hasOwnerRef(KubernetesObject target, KubernetesObject owner) {
    String uid = owner.metadata().uid();
    for (OwnerReference ref : target.metadata().ownerReferences()) {
      if (Objects.equals(ref.uid(), uid)) return true;
    }
    return false;
  }

  /** hasStaleOwnerRef: a reference names obj but with another uid. */
  static boolean hasStaleOwnerRef(PersistentVolumeClaim target, KubernetesObject obj) {
    for (OwnerReference ref : target.metadata().ownerReferences()) {
      if (matchesRef(ref, obj)) return !Objects.equals(ref.uid(), obj.metadata().uid());
    }
    return false;
  }

  /** isClaimOwnerUpToDate: the claim's references already fit the policy (see the class doc). */
  static boolean isClaimOwnerUpToDate(PersistentVolumeClaim claim, StatefulSet set, Pod pod) {
    if (hasStaleOwnerRef(claim, set) || hasStaleOwnerRef(claim, pod)) {
      return true; // managed by a previous, presumably deleted, controller: do not touch
    }
    if (hasUnexpectedController(claim, set, pod)) {
      return !(hasOwnerRef(claim, set) || hasOwnerRef(claim, pod));
    }
    if (hasNonControllerOwner(claim, set, pod)) return false;
    var p = policy(set);
    boolean scaledDown = !StatefulSetUtils.podInOrdinalRange(pod, set);
    boolean setRef = hasOwnerRef(claim, set);
    boolean podRef = hasOwnerRef(claim, pod);
    if (DELETE.equals(p.whenScaled()) && DELETE.equals(p.whenDeleted())) {
      return scaledDown != setRef && scaledDown == podRef;
    }
    if (DELETE.equals(p.whenScaled()) && RETAIN.equals(p.whenDeleted())) {
      return !setRef && scaledDown == podRef;
    }
    if (RETAIN.equals(p.whenScaled()) && DELETE.equals(p.whenDeleted())) {
      return setRef && !podRef;
    }
    return !setRef && !podRef; // Retain/Retain, and unknown policies treated as Retain
  }

  /** updateClaimOwnerRefForSetAndPod: {@return the claim with references fitting the policy} */
  static PersistentVolumeClaim updateClaimOwnerRefForSetAndPod(
      PersistentVolumeClaim claim, StatefulSet set, Pod pod) {
    boolean unexpectedController = hasUnexpectedController(claim, set, pod);
    List<OwnerReference> refs =
        removeRefs(
            claim.metadata().ownerReferences(),
            ref -> matchesRef(ref, set) || matchesRef(ref, pod));
    if (!unexpectedController) {
      var p = policy(set);
      boolean scaledDown = !StatefulSetUtils.podInOrdinalRange(pod, set);
      boolean deleteScaled = DELETE.equals(p.whenScaled());
      boolean deleteDeleted = DELETE.equals(p.whenDeleted());
      if (deleteScaled && scaledDown) refs = addControllerRef(refs, pod);
      if (deleteDeleted && (!deleteScaled || !scaledDown)) refs = addControllerRef(refs, set);
    }
    return claim.withMetadata(claim.metadata().withOwnerReferences(refs));
  }

  private static List<OwnerReference> removeRefs(
      List<OwnerReference> refs, Predicate<OwnerReference> predicate) {
    List<OwnerReference> out = new ArrayList<>();
    for (OwnerReference ref : refs) if (!predicate.test(ref)) out.add(ref);
    return out;
  }

  /** addControllerRef: metav1.NewControllerRef(owner) unless owner is referenced already. */
  private static List<OwnerReference> addControllerRef(
      List<OwnerReference> refs, KubernetesObject owner) {
    for (OwnerReference ref : refs) {
      if (Objects.equals(ref.uid(), owner.metadata().uid())) return refs;
    }
    List<OwnerReference> out = new ArrayList<>(refs);
    out.add(
        new OwnerReference(
            owner.apiVersion(),
            owner.kind(),
            owner.metadata().name(),
            owner.metadata().uid(),
            true,
            true));
    return out;
  }
}
