package io.kubemu.engine.controller.statefulset;

import io.kubemu.engine.api.ApiException;
import io.kubemu.engine.events.EventRecorder;
import io.kubemu.model.apps.StatefulSet;
import io.kubemu.model.core.Event;
import io.kubemu.model.core.PersistentVolumeClaim;
import io.kubemu.model.core.Pod;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The side effects of the StatefulSet controller (upstream stateful_pod_control.go): create, update
 * and delete pods and their claims through an {@link ObjectManager}, with the events
 * kube-controller-manager records ({@code SuccessfulCreate} "create Pod web-0 in StatefulSet web
 * successful", {@code SuccessfulCreate} "create Claim data-web-0 Pod web-0 in StatefulSet web
 * success", {@code SuccessfulDelete}, and {@code FailedCreate}/... on errors). Failures are thrown
 * as {@link ApiException}s, which make the work queue retry. Not thread-safe.
 */
public class StatefulPodControl {

  private final ObjectManager objects;
  private final EventRecorder.ComponentRecorder recorder;

  public StatefulPodControl(ObjectManager objects, EventRecorder.ComponentRecorder recorder) {
    this.objects = Objects.requireNonNull(objects);
    this.recorder = Objects.requireNonNull(recorder);
  }

  /** {@return an error the controller reports and retries (an aggregate of upstream errors)} */
  static ApiException syncError(String message) {
    return new ApiException(500, "InternalError", message, null, null);
  }

  /** CreateStatefulPod: the claims first, then the pod, then the claims' owner references. */
  public void createStatefulPod(StatefulSet set, Pod pod) {
    try {
      createPersistentVolumeClaims(set, pod);
    } catch (ApiException e) {
      recordPodEvent("create", set, pod, e);
      throw e;
    }
    Pod created;
    try {
      created = objects.createPod(pod);
    } catch (ApiException.AlreadyExists e) {
      throw e; // sink already exists errors: no event
    } catch (ApiException e) {
      recordPodEvent("create", set, pod, e);
      throw e;
    }
    try {
      updatePodClaimForRetentionPolicy(set, created); // set the PVC policy as far as possible now
    } catch (ApiException e) {
      recordPodEvent("update", set, pod, e);
      throw e;
    }
    recordPodEvent("create", set, pod, null);
  }

  /**
   * UpdateStatefulPod: restores the pod's identity and storage and its claims' owner references; an
   * update is recorded only when one was attempted.
   */
  public void updateStatefulPod(StatefulSet set, Pod pod) {
    boolean consistent = true;
    Pod p = pod;
    if (!StatefulSetUtils.identityMatches(set, p)) {
      p = StatefulSetUtils.updateIdentity(set, p);
      consistent = false;
    }
    try {
      if (!StatefulSetUtils.storageMatches(set, p)) {
        p = StatefulSetUtils.updateStorage(set, p);
        consistent = false;
        createPersistentVolumeClaims(set, p);
      }
      if (!claimsMatchRetentionPolicy(set, p)) {
        updatePodClaimForRetentionPolicy(set, p);
        consistent = false;
      }
    } catch (ApiException e) {
      recordPodEvent("update", set, p, e);
      throw e;
    }
    if (consistent) return;
    try {
      objects.updatePod(p); // retried by the queue on a conflict
      recordPodEvent("update", set, p, null);
    } catch (ApiException e) {
      recordPodEvent("update", set, p, e);
      throw e;
    }
  }

  /** DeleteStatefulPod. */
  public void deleteStatefulPod(StatefulSet set, Pod pod) {
    try {
      objects.deletePod(pod);
      recordPodEvent("delete", set, pod, null);
    } catch (ApiException e) {
      recordPodEvent("delete", set, pod, e);
      throw e;
    }
  }

  /**
   * ClaimsMatchRetentionPolicy: {@return whether the pod's existing claims carry the owner
   * references the retention policy asks for}; missing claims are picked up later.
   */
  public boolean claimsMatchRetentionPolicy(StatefulSet set, Pod pod) {
    for (String name : StatefulSetUtils.getPersistentVolumeClaimNames(set, pod)) {
      Optional<PersistentVolumeClaim> found = objects.getClaim(set.metadata().namespace(), name);
      if (found.isPresent() && !ClaimOwnership.isClaimOwnerUpToDate(found.get(), set, pod)) {
        return false;
      }
    }
    return true;
  }

  /** UpdatePodClaimForRetentionPolicy: rewrites the owner references of the pod's claims. */
  public void updatePodClaimForRetentionPolicy(StatefulSet set, Pod pod) {
    for (String name : StatefulSetUtils.getPersistentVolumeClaimNames(set, pod)) {
      Optional<PersistentVolumeClaim> found = objects.getClaim(set.metadata().namespace(), name);
      if (found.isEmpty()) continue; // expected claim missing: next iteration
      PersistentVolumeClaim claim = found.get();
      if (ClaimOwnership.hasUnexpectedController(claim, set, pod)) {
        recorder.event(
            set,
            Event.TYPE_WARNING,
            "ConflictingController",
            "PersistentVolumeClaim "
                + claim.metadata().name()
                + " has a conflicting OwnerReference that acts as a manging controller, the"
                + " retention policy is ignored for this claim");
      }
      if (!ClaimOwnership.isClaimOwnerUpToDate(claim, set, pod)) {
        try {
          objects.updateClaim(ClaimOwnership.updateClaimOwnerRefForSetAndPod(claim, set, pod));
        } catch (ApiException e) {
          throw syncError(
              "could not update claim "
                  + claim.metadata().name()
                  + " for delete policy ownerRefs: "
                  + e.getMessage());
        }
      }
    }
  }

  /**
   * PodClaimIsStale: under whenScaled Delete, a claim owned by another incarnation of the pod
   * (including when the pod has no uid yet) must be deleted before the pod is created again.
   */
  public boolean podClaimIsStale(StatefulSet set, Pod pod) {
    if (ClaimOwnership.RETAIN.equals(ClaimOwnership.policy(set).whenScaled())) return false;
    for (String name : StatefulSetUtils.getPersistentVolumeClaimNames(set, pod)) {
      Optional<PersistentVolumeClaim> found = objects.getClaim(set.metadata().namespace(), name);
      if (found.isPresent() && ClaimOwnership.hasStaleOwnerRef(found.get(), pod)) return true;
    }
    return false;
  }

  /** createMissingPersistentVolumeClaims: for a pending pod whose claims went missing. */
  public void createMissingPersistentVolumeClaims(StatefulSet set, Pod pod) {
    createPersistentVolumeClaims(set, pod);
    try {
      updatePodClaimForRetentionPolicy(set, pod);
    } catch (ApiException e) {
      recordPodEvent("update", set, pod, e);
      throw e;
    }
  }

  /**
   * createPersistentVolumeClaims: creates the pod's missing claims; a claim being deleted is an
   * error (the pod must wait for it to go).
   */
  void createPersistentVolumeClaims(StatefulSet set, Pod pod) {
    List<String> errs = new ArrayList<>();
    for (PersistentVolumeClaim claim :
        StatefulSetUtils.getPersistentVolumeClaims(set, pod).values()) {
      Optional<PersistentVolumeClaim> found = getClaim(set, claim);
      if (found.isEmpty()) {
        try {
          objects.createClaim(claim);
          recordClaimEvent("create", set, pod, claim, null);
        } catch (ApiException e) {
          errs.add("failed to create PVC " + claim.metadata().name() + ": " + e.getMessage());
          if (!(e instanceof ApiException.AlreadyExists)) {
            recordClaimEvent("create", set, pod, claim, e);
          }
        }
      } else if (found.get().metadata().deletionTimestamp() != null) {
        errs.add("pvc " + claim.metadata().name() + " is being deleted");
      }
    }
    if (errs.size() == 1) throw syncError(errs.get(0));
    if (errs.size() > 1) throw syncError("[" + String.join(", ", errs) + "]"); // NewAggregate
  }

  private Optional<PersistentVolumeClaim> getClaim(StatefulSet set, PersistentVolumeClaim claim) {
    return objects.getClaim(set.metadata().namespace(), claim.metadata().name());
  }

  /** recordPodEvent: SuccessfulCreate "create Pod web-0 in StatefulSet web successful". */
  private void recordPodEvent(String verb, StatefulSet set, Pod pod, ApiException err) {
    String name = pod.metadata().name();
    String setName = set.metadata().name();
    if (err == null) {
      recorder.event(
          set,
          Event.TYPE_NORMAL,
          "Successful" + title(verb),
          verb + " Pod " + name + " in StatefulSet " + setName + " successful");
    } else {
      recorder.event(
          set,
          Event.TYPE_WARNING,
          "Failed" + title(verb),
          verb
              + " Pod "
              + name
              + " in StatefulSet "
              + setName
              + " failed error: "
              + err.getMessage());
    }
  }

  /** recordClaimEvent: "create Claim data-web-0 Pod web-0 in StatefulSet web success". */
  private void recordClaimEvent(
      String verb, StatefulSet set, Pod pod, PersistentVolumeClaim claim, ApiException err) {
    String c = claim.metadata().name();
    String p = pod.metadata().name();
    String s = set.metadata().name();
    if (err == null) {
      recorder.event(
          set,
          Event.TYPE_NORMAL,
          "Successful" + title(verb),
          verb + " Claim " + c + " Pod " + p + " in StatefulSet " + s + " success");
    } else {
      recorder.event(
          set,
          Event.TYPE_WARNING,
          "Failed" + title(verb),
          verb
              + " Claim "
              + c
              + " for Pod "
              + p
              + " in StatefulSet "
              + s
              + " failed error: "
              + err.getMessage());
    }
  }

  private static String title(String verb) {
    return Character.toUpperCase(verb.charAt(0)) + verb.substring(1);
  }
}
