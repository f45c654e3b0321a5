package io.kubemu.engine.api;

import io.kubemu.model.Kind;
import io.kubemu.model.Kinds;
import io.kubemu.model.KubernetesObject;
import io.kubemu.model.core.Namespace;
import io.kubemu.model.core.NamespaceStatus;
import io.kubemu.model.core.Pod;
import io.kubemu.model.meta.ObjectMeta;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The delete path of the registry store (registry.Store.Delete, rest.BeforeDelete, the pod
 * strategy's CheckGracefulDelete, the garbage-collection finalizers) and the simple namespace
 * lifecycle: a deleted namespace turns Terminating, everything in it is deleted, and it goes once
 * empty. Runs inside the caller's transaction. Not thread-safe.
 */
final class Deleter {

  /** metav1.FinalizerOrphanDependents. */
  static final String FINALIZER_ORPHAN = "orphan";

  /** metav1.FinalizerDeleteDependents. */
  static final String FINALIZER_FOREGROUND = "foregroundDeletion";

  /** NamespaceLifecycle's immortal namespaces. */
  private static final Set<String> IMMORTAL = Set.of("default", "kube-system", "kube-public");

  private final Registry api;

  Deleter(Registry api) {
    this.api = api;
  }

  private record Graceful(boolean graceful, boolean pending, KubernetesObject object, long grace) {}

  DeleteResult<KubernetesObject> delete(Kind kind, String ns, String name, DeleteOptions opts) {
    KubernetesObject existing = api.store().get(kind, ns, name);
    if (existing == null) throw new ApiException.NotFound(kind, name);
    if (existing instanceof Namespace namespace) return deleteNamespace(kind, namespace, opts);
    Graceful g = beforeDelete(kind, existing, opts);
    if (g.pending) return new DeleteResult<>(existing, false); // finalizeDelete: nothing changes
    KubernetesObject obj = g.object;
    List<String> finalizers = gcFinalizers(kind, obj.metadata(), opts);
    boolean pendingFinalizers = !finalizers.isEmpty();
    if (g.graceful || pendingFinalizers || !finalizers.equals(existing.metadata().finalizers())) {
      // updateForGracefulDeletionAndFinalizers
      obj = obj.withMetadata(obj.metadata().withFinalizers(finalizers));
      if (!g.graceful) {
        if (!pendingFinalizers) return new DeleteResult<>(api.removeFinal(kind, existing), true);
        obj = markAsDeleting(obj, api.now());
        return new DeleteResult<>(api.storeDeleting(kind, obj, existing), false);
      }
      KubernetesObject stored = api.storeDeleting(kind, obj, existing);
      if (pendingFinalizers || g.grace > 0) return new DeleteResult<>(stored, false);
      return new DeleteResult<>(api.removeFinal(kind, stored), true);
    }
    return new DeleteResult<>(api.removeFinal(kind, existing), true);
  }

  /** Removes a pod whose grace period ended, as the kubelet's final delete (grace 0) would. */
  void expireGracePeriod(Kind kind, String ns, String name, String uid) {
    KubernetesObject o = api.store().get(kind, ns, name);
    if (o == null || !uid.equals(o.metadata().uid())) return;
    ObjectMeta m = o.metadata();
    if (m.deletionTimestamp() == null || Strategies.orZero(m.deletionGracePeriodSeconds()) <= 0) {
      return;
    }
    api.atomically(
        () ->
            delete(
                kind,
                ns,
                name,
                DeleteOptions.gracePeriod(0).withPreconditions(Preconditions.uid(uid))));
  }

  // rest.BeforeDelete
  private Graceful beforeDelete(Kind kind, KubernetesObject obj, DeleteOptions opts) {
    ObjectMeta m = obj.metadata();
    checkPreconditions(kind, m, opts.preconditions());
    Long requested = opts.gracePeriodSeconds();
    if (requested != null && requested < 0) requested = 1L; // negative counts as 1s
    if (!Strategies.gracefulDelete(kind)) return new Graceful(false, false, obj, 0);
    if (m.deletionTimestamp() != null) {
      Long current = m.deletionGracePeriodSeconds();
      if (current == null || current == 0) return new Graceful(false, false, obj, 0);
      // only a shorter grace period may be provided by a user
      if (requested != null) {
        if (requested >= current) return new Graceful(false, true, obj, current);
        Instant ts = m.deletionTimestamp().minusSeconds(current).plusSeconds(requested);
        return new Graceful(
            true, false, obj.withMetadata(m.withDeletion(ts, requested)), requested);
      }
      return new Graceful(false, true, obj, current);
    }
    long grace = checkGracefulDelete((Pod) obj, requested);
    ObjectMeta out = m.withDeletion(api.now().plusSeconds(grace), grace);
    long gen = Strategies.orZero(m.generation());
    if (gen > 0) out = out.withGeneration(gen + 1);
    return new Graceful(true, false, obj.withMetadata(out), grace);
  }

  // podStrategy.CheckGracefulDelete
  private static long checkGracefulDelete(Pod pod, Long requested) {
    long period = 0;
    if (requested != null) {
      period = requested;
    } else if (pod.spec() != null && pod.spec().terminationGracePeriodSeconds() != null) {
      period = pod.spec().terminationGracePeriodSeconds();
    } else {
      period = 30; // v1.DefaultTerminationGracePeriodSeconds, as defaulting would set it
    }
    if (pod.spec() == null || Strategies.isEmpty(pod.spec().nodeName())) period = 0; // unscheduled
    String phase = pod.status() == null ? null : pod.status().phase();
    if (Pod.PHASE_FAILED.equals(phase) || Pod.PHASE_SUCCEEDED.equals(phase)) period = 0;
    if (period < 0) period = 1;
    return period;
  }

  private static void checkPreconditions(Kind kind, ObjectMeta m, Preconditions p) {
    if (p == null) return;
    // upstream names GroupResource{Resource: gvk.Kind} here, i.e. "Pod" or "Deployment.apps"
    if (p.uid() != null && !p.uid().equals(m.uid())) {
      throw new ApiException.Conflict(
          kind.qualifiedKind(),
          kind,
          m.name(),
          "the UID in the precondition ("
              + p.uid()
              + ") does not match the UID in record ("
              + m.uid()
              + "). The object might have been deleted and then recreated");
    }
    if (p.resourceVersion() != null && !p.resourceVersion().equals(m.resourceVersion())) {
      throw new ApiException.Conflict(
          kind.qualifiedKind(),
          kind,
          m.name(),
          "the ResourceVersion in the precondition ("
              + p.resourceVersion()
              + ") does not match the ResourceVersion in record ("
              + m.resourceVersion()
              + "). The object might have been modified");
    }
  }

  // deletionFinalizersForGarbageCollection
  private static List<String> gcFinalizers(Kind kind, ObjectMeta m, DeleteOptions opts) {
    if (!Strategies.garbageCollected(kind)) return m.finalizers();
    boolean orphan = shouldOrphan(m, opts.propagationPolicy());
    boolean foreground = shouldDeleteDependents(m, opts.propagationPolicy());
    List<String> out = new ArrayList<>();
    for (String f : m.finalizers()) {
      if (!f.equals(FINALIZER_ORPHAN) && !f.equals(FINALIZER_FOREGROUND)) out.add(f);
    }
    if (orphan) out.add(FINALIZER_ORPHAN);
    if (foreground) out.add(FINALIZER_FOREGROUND);
    return new TreeSet<>(out).equals(new TreeSet<>(m.finalizers())) ? m.finalizers() : out;
  }

  // shouldOrphanDependents (default policy of every modelled kind: DeleteDependents)
  private static boolean shouldOrphan(ObjectMeta m, PropagationPolicy policy) {
    if (policy != null) return policy == PropagationPolicy.ORPHAN;
    for (String f : m.finalizers()) {
      if (f.equals(FINALIZER_ORPHAN)) return true;
      if (f.equals(FINALIZER_FOREGROUND)) return false;
    }
    return false;
  }

  // shouldDeleteDependents
  private static boolean shouldDeleteDependents(ObjectMeta m, PropagationPolicy policy) {
    if (policy != null) return policy == PropagationPolicy.FOREGROUND;
    for (String f : m.finalizers()) {
      if (f.equals(FINALIZER_FOREGROUND)) return true;
      if (f.equals(FINALIZER_ORPHAN)) return false;
    }
    return false;
  }

  // markAsDeleting
  private static KubernetesObject markAsDeleting(KubernetesObject obj, Instant now) {
    ObjectMeta m = obj.metadata();
    if (m.deletionTimestamp() == null && Strategies.orZero(m.generation()) > 0) {
      m = m.withGeneration(m.generation() + 1);
    }
    Instant ts = m.deletionTimestamp();
    if (ts == null || ts.isAfter(now)) ts = now;
    return obj.withMetadata(m.withDeletion(ts, 0L));
  }

  // ---------------------------------------------------------------- namespaces

  /** The namespace REST Delete plus a synchronous, simple namespace controller. */
  private DeleteResult<KubernetesObject> deleteNamespace(
      Kind kind, Namespace ns, DeleteOptions opts) {
    String name = ns.metadata().name();
    if (IMMORTAL.contains(name)) {
      throw new ApiException.Forbidden(kind, name, "this namespace may not be deleted");
    }
    checkPreconditions(kind, ns.metadata(), opts.preconditions());
    if (ns.metadata().deletionTimestamp() != null) return new DeleteResult<>(ns, false);
    ObjectMeta m = ns.metadata();
    long gen = Strategies.orZero(m.generation());
    if (gen > 0) m = m.withGeneration(gen + 1);
    Namespace terminating =
        ns.withMetadata(m.withDeletion(api.now(), 0L))
            .withStatus(new NamespaceStatus(Namespace.PHASE_TERMINATING));
    KubernetesObject stored = api.storeDeleting(kind, terminating, ns);
    for (Kind k : Kinds.all()) {
      if (!k.namespaced()) continue;
      for (KubernetesObject o : api.store().list(k, name)) {
        if (api.store().get(k, name, o.metadata().name()) == null) continue;
        delete(k, name, o.metadata().name(), DeleteOptions.DEFAULT);
      }
    }
    namespaceMayBeEmpty(name);
    KubernetesObject after = api.store().get(kind, null, name);
    return after == null ? new DeleteResult<>(stored, true) : new DeleteResult<>(after, false);
  }

  /** Removes a terminating namespace once nothing is left in it. */
  void namespaceMayBeEmpty(String name) {
    KubernetesObject ns = api.store().get(ApiServer.NAMESPACE, null, name);
    if (ns == null
        || ns.metadata().deletionTimestamp() == null
        || !ns.metadata().finalizers().isEmpty()) {
      return;
    }
    for (Kind k : Kinds.all()) {
      if (k.namespaced() && api.store().anyIn(k, name)) return;
    }
    api.removeFinal(ApiServer.NAMESPACE, ns);
  }
}
