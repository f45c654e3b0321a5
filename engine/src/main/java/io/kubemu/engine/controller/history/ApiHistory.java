package io.kubemu.engine.controller.history;

import io.kubemu.engine.api.ApiException;
import io.kubemu.engine.api.ApiServer;
import io.kubemu.engine.api.ListOptions;
import io.kubemu.model.KubernetesObject;
import io.kubemu.model.apps.ControllerRevision;
import io.kubemu.model.meta.ObjectMeta;
import io.kubemu.model.meta.OwnerReference;
import io.kubemu.model.meta.Selector;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * {@link History} through the {@link ApiServer} (upstream realHistory). Runs on the loop's thread.
 */
public final class ApiHistory implements History {

  private final ApiServer api;

  public ApiHistory(ApiServer api) {
    this.api = Objects.requireNonNull(api);
  }

  @Override
  public List<ControllerRevision> listControllerRevisions(
      KubernetesObject parent, Selector selector) {
    String ns = parent.metadata().namespace();
    List<ControllerRevision> owned = new ArrayList<>();
    for (ControllerRevision r :
        api.list(ControllerRevision.class, ListOptions.inNamespace(ns).labels(selector)).items()) {
      OwnerReference ref = r.metadata().controllerRef();
      if (ref == null || Objects.equals(ref.uid(), parent.metadata().uid())) owned.add(r);
    }
    return owned;
  }

  @Override
  public Created createControllerRevision(
      KubernetesObject parent, ControllerRevision revision, int collisionCount) {
    int count = collisionCount;
    String ns = parent.metadata().namespace();
    while (true) {
      String hash = ControllerRevisions.hashControllerRevision(revision, count);
      String name = ControllerRevisions.controllerRevisionName(parent.metadata().name(), hash);
      ControllerRevision clone =
          revision.withMetadata(
              revision.metadata().withName(name).withNamespace(ns).withResourceVersion(null));
      try {
        return new Created(api.create(clone), count);
      } catch (ApiException.AlreadyExists e) {
        ControllerRevision exists = api.get(ControllerRevision.class, ns, name);
        if (Arrays.equals(
            ControllerRevisions.rawData(exists), ControllerRevisions.rawData(clone))) {
          return new Created(exists, count);
        }
        count++;
      }
    }
  }

  @Override
  public void deleteControllerRevision(ControllerRevision revision) {
    ObjectMeta m = revision.metadata();
    api.delete(ControllerRevision.class, m.namespace(), m.name());
  }

  @Override
  public ControllerRevision updateControllerRevision(
      ControllerRevision revision, long newRevision) {
    ControllerRevision clone = revision;
    // retry.RetryOnConflict(DefaultBackoff): 5 attempts
    for (int attempt = 0; ; attempt++) {
      if (clone.revision() != null && clone.revision() == newRevision) return clone;
      try {
        return api.update(clone.withRevision(newRevision));
      } catch (ApiException.Conflict e) {
        if (attempt >= 4) throw e;
        ObjectMeta m = clone.metadata();
        clone = api.get(ControllerRevision.class, m.namespace(), m.name());
      }
    }
  }

  @Override
  public ControllerRevision adoptControllerRevision(
      KubernetesObject parent, ControllerRevision revision) {
    OwnerReference owner = revision.metadata().controllerRef();
    if (owner != null) {
      throw new ApiException(
          500, "InternalError", "attempt to adopt revision owned by " + owner, null, null);
    }
    ObjectMeta pm = parent.metadata();
    List<OwnerReference> refs = new ArrayList<>(revision.metadata().ownerReferences());
    refs.add(
        new OwnerReference(parent.apiVersion(), parent.kind(), pm.name(), pm.uid(), true, true));
    return api.update(revision.withMetadata(revision.metadata().withOwnerReferences(refs)));
  }
}
