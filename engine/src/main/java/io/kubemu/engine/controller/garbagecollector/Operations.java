package io.kubemu.engine.controller.garbagecollector;

import io.kubemu.engine.api.ApiException;
import io.kubemu.engine.api.ApiServer;
import io.kubemu.engine.api.DeleteOptions;
import io.kubemu.engine.api.Preconditions;
import io.kubemu.engine.api.PropagationPolicy;
import io.kubemu.engine.controller.garbagecollector.Graph.Node;
import io.kubemu.model.Kind;
import io.kubemu.model.Kinds;
import io.kubemu.model.KubernetesObject;
import io.kubemu.model.meta.ObjectMeta;
import io.kubemu.model.meta.OwnerReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The garbage collector's reads and writes on the API server (upstream operations.go and patch.go):
 * live lookups by name checked against the uid, deletes with a uid precondition, and updates
 * dropping ownerReferences or a finalizer.
 */
final class Operations {

  /** What an owner reference points at (classifyReferences). */
  enum Owner {
    /** An existing owner, terminating or not, that does not wait for its dependents. */
    SOLID,
    /** An owner holding the foregroundDeletion finalizer (waitingForDependentsDeletion). */
    DELETING_DEPENDENTS,
    /** No object of that name and uid (isDangling). */
    DANGLING
  }

  private final ApiServer api;

  Operations(ApiServer api) {
    this.api = api;
  }

  /** {@return the stored object with this identity, if it still has the uid} (getObject) */
  Optional<KubernetesObject> live(Kind kind, ObjectMeta m) {
    String ns = kind.namespaced() ? m.namespace() : null;
    return api.find(kind, ns, m.name()).filter(o -> m.uid().equals(o.metadata().uid()));
  }

  // isDangling plus the waitingForDependentsDeletion check of classifyReferences
  Owner owner(OwnerReference ref, String dependentNamespace) {
    Optional<Kind> kind = Kinds.find(ref.apiVersion(), ref.kind());
    if (kind.isEmpty()) return Owner.SOLID; // unmodelled kind: upstream cannot resolve it either
    String ns = kind.get().namespaced() ? dependentNamespace : null;
    KubernetesObject owner = api.find(kind.get(), ns, ref.name()).orElse(null);
    if (owner == null || !owner.metadata().uid().equals(ref.uid())) return Owner.DANGLING;
    return Node.deletingDependents(owner.metadata()) ? Owner.DELETING_DEPENDENTS : Owner.SOLID;
  }

  // deleteObject: with a uid precondition; a missing object is already done
  @SuppressWarnings("unchecked")
  void delete(Kind kind, KubernetesObject obj, PropagationPolicy policy) {
    ObjectMeta m = obj.metadata();
    DeleteOptions opts =
        DeleteOptions.propagation(policy).withPreconditions(Preconditions.uid(m.uid()));
    try {
      api.delete((Class<KubernetesObject>) kind.type(), m.namespace(), m.name(), opts);
    } catch (ApiException.NotFound gone) {
      // already gone
    }
  }

  /**
   * Updates the object without the ownerReferences to these uids (deleteOwnerRefJSONMergePatch).
   */
  void removeOwnerReferences(KubernetesObject obj, Set<String> ownerUids) {
    ObjectMeta m = obj.metadata();
    List<OwnerReference> kept = new ArrayList<>();
    for (OwnerReference ref : m.ownerReferences()) {
      if (!ownerUids.contains(ref.uid())) kept.add(ref);
    }
    if (kept.size() == m.ownerReferences().size()) return;
    api.update(obj.withMetadata(m.withOwnerReferences(kept)));
  }

  /** Updates the object without a finalizer (removeFinalizer). */
  void removeFinalizer(KubernetesObject obj, String finalizer) {
    ObjectMeta m = obj.metadata();
    if (!m.finalizers().contains(finalizer)) return;
    List<String> kept = new ArrayList<>(m.finalizers());
    kept.remove(finalizer);
    api.update(obj.withMetadata(m.withFinalizers(kept)));
  }
}
