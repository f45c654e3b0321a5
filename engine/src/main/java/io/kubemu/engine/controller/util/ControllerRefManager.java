package io.kubemu.engine.controller.util;

import io.kubemu.engine.api.ApiException;
import io.kubemu.engine.api.ApiServer;
import io.kubemu.model.KubernetesObject;
import io.kubemu.model.meta.ObjectMeta;
import io.kubemu.model.meta.OwnerReference;
import io.kubemu.model.meta.Selector;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Adoption and release of objects by a controller (upstream
 * pkg/controller/controller_ref_manager.go, {@code BaseControllerRefManager.ClaimObject}): an
 * orphan whose labels the selector matches is adopted (a controller reference is added); an owned
 * object that no longer matches is released (the reference is removed); objects owned by others are
 * left alone.
 *
 * <p>Before the first adoption the controller is re-read from the API server ({@code
 * RecheckDeletionTimestamp}): a controller being deleted adopts nothing.
 */
public final class ControllerRefManager {

  private final ApiServer api;
  private final KubernetesObject controller;
  private final Selector selector;
  private boolean canAdoptChecked;

  /**
   * @param controller the owner, as cached
   * @param selector the owner's selector
   */
  public ControllerRefManager(ApiServer api, KubernetesObject controller, Selector selector) {
    this.api = Objects.requireNonNull(api);
    this.controller = Objects.requireNonNull(controller);
    this.selector = Objects.requireNonNull(selector);
  }

  /**
   * {@return the objects the controller owns after adopting and releasing} (ClaimPods,
   * ClaimReplicaSets)
   *
   * @throws ApiException the first adoption or release error, after trying every object
   */
  public <T extends KubernetesObject> List<T> claim(List<T> objects) {
    List<T> claimed = new ArrayList<>();
    ApiException first = null;
    for (T o : objects) {
      try {
        if (claimObject(o)) claimed.add(o);
      } catch (ApiException e) {
        if (first == null) first = e;
      }
    }
    if (first != null) throw first;
    return claimed;
  }

  // ClaimObject
  private boolean claimObject(KubernetesObject obj) {
    OwnerReference ref = obj.metadata().controllerRef();
    String uid = controller.metadata().uid();
    if (ref != null) {
      if (!Objects.equals(ref.uid(), uid)) return false; // owned by someone else
      if (selector.matches(obj.metadata().labels())) return true;
      if (controller.metadata().deletionTimestamp() != null) return false;
      release(obj);
      return false;
    }
    if (controller.metadata().deletionTimestamp() != null) return false;
    if (!selector.matches(obj.metadata().labels())) return false;
    if (obj.metadata().deletionTimestamp() != null) return false;
    if (!Objects.equals(controller.metadata().namespace(), obj.metadata().namespace())) {
      return false;
    }
    try {
      adopt(obj);
    } catch (ApiException.NotFound e) {
      return false;
    }
    return true;
  }

  private void canAdopt() {
    if (canAdoptChecked) return;
    KubernetesObject fresh;
    try {
      fresh =
          api.get(
              controller.getClass(),
              controller.metadata().namespace(),
              controller.metadata().name());
    } catch (ApiException e) {
      throw ControllerUtils.syncError("can't recheck DeletionTimestamp: " + e.getMessage());
    }
    ObjectMeta m = fresh.metadata();
    if (!Objects.equals(m.uid(), controller.metadata().uid())) {
      throw ControllerUtils.syncError(
          "can't recheck DeletionTimestamp: original "
              + controller.kind()
              + " "
              + controller.metadata().key()
              + " is gone: got uid "
              + m.uid()
              + ", wanted "
              + controller.metadata().uid());
    }
    if (m.deletionTimestamp() != null) {
      throw ControllerUtils.syncError(
          m.key() + " has just been deleted at " + m.deletionTimestamp());
    }
    canAdoptChecked = true;
  }

  // AdoptPod / AdoptReplicaSet: a patch adding the controller reference, preconditioned on uid
  private <T extends KubernetesObject> void adopt(T obj) {
    canAdopt();
    T fresh = fresh(obj);
    List<OwnerReference> refs = new ArrayList<>(fresh.metadata().ownerReferences());
    refs.add(ControllerUtils.newControllerRef(controller));
    api.update(withRefs(fresh, refs));
  }

  // ReleasePod / ReleaseReplicaSet: a patch deleting our owner reference
  private <T extends KubernetesObject> void release(T obj) {
    try {
      T fresh = fresh(obj);
      List<OwnerReference> refs = new ArrayList<>();
      for (OwnerReference r : fresh.metadata().ownerReferences()) {
        if (!Objects.equals(r.uid(), controller.metadata().uid())) refs.add(r);
      }
      if (refs.size() == fresh.metadata().ownerReferences().size()) return;
      api.update(withRefs(fresh, refs));
    } catch (ApiException.NotFound | ApiException.Invalid e) {
      // gone, or recreated with another uid: nothing to release
    }
  }

  @SuppressWarnings("unchecked")
  private <T extends KubernetesObject> T fresh(T obj) {
    ObjectMeta m = obj.metadata();
    T fresh = (T) api.get(obj.getClass(), m.namespace(), m.name());
    if (!Objects.equals(fresh.metadata().uid(), m.uid())) {
      throw new ApiException.NotFound(
          "the object " + m.key() + " has been recreated with another uid");
    }
    return fresh;
  }

  @SuppressWarnings("unchecked")
  private static <T extends KubernetesObject> T withRefs(T obj, List<OwnerReference> refs) {
    return (T) obj.withMetadata(obj.metadata().withOwnerReferences(refs));
  }
}
