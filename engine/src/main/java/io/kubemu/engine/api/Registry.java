package io.kubemu.engine.api;

import io.kubemu.engine.time.EventLoop;
import io.kubemu.engine.time.TaskHandle;
import io.kubemu.model.HasStatus;
import io.kubemu.model.Kind;
import io.kubemu.model.KubernetesObject;
import io.kubemu.model.core.Namespace;
import io.kubemu.model.meta.ObjectMeta;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The write path behind the {@link ApiServer} (upstream's registry.Store): transactions over the
 * {@link ObjectStore}, create and update with admission and the strategies, final removal, and on
 * commit the watch log, the write listeners and the grace-period timers. Not thread-safe.
 */
final class Registry {

  /** A write waiting for the transaction to commit. */
  private record Pending(Write write, WatchEvent.Type type, KubernetesObject previous) {}

  private final EventLoop loop;
  private final ApiServer.Options options;
  private final ObjectStore store = new ObjectStore();
  private final WatchHub watches;
  private final AdmissionChain admission = new AdmissionChain();
  private final List<WriteListener> listeners = new ArrayList<>();
  private final List<Pending> pending = new ArrayList<>();
  private final Map<String, TaskHandle> graceTimers = new HashMap<>(); // by uid; lookups only
  private final Deleter deleter = new Deleter(this);
  private int depth;
  private boolean notifying;

  Registry(EventLoop loop, ApiServer.Options options, List<WriteListener> listeners) {
    this.loop = loop;
    this.options = options;
    this.watches = new WatchHub(loop);
    this.listeners.addAll(listeners);
  }

  ObjectStore store() {
    return store;
  }

  WatchHub watches() {
    return watches;
  }

  AdmissionChain admission() {
    return admission;
  }

  Deleter deleter() {
    return deleter;
  }

  void addListener(WriteListener listener) {
    listeners.add(listener);
  }

  Instant now() {
    return loop.now();
  }

  /** See {@link ApiServer#atomically}. */
  <R> R atomically(Supplier<R> work) {
    if (notifying) {
      throw new IllegalStateException("a WriteListener must not write to the ApiServer");
    }
    if (depth > 0) return work.get();
    depth = 1;
    store.begin();
    pending.clear();
    R result;
    try {
      result = work.get();
    } catch (RuntimeException | Error e) {
      store.rollback();
      pending.clear();
      throw e;
    } finally {
      depth = 0;
    }
    store.commit();
    publish();
    return result;
  }

  /** Create: NamespaceLifecycle, mutating admission, system fields, validation, storage. */
  KubernetesObject create(Kind kind, KubernetesObject in, Verb verb) {
    ObjectMeta m = in.metadata();
    String ns = ApiServer.namespaceOf(kind, m.namespace());
    if (!Objects.equals(ns, m.namespace())) in = in.withMetadata(m.withNamespace(ns));
    if (!Strategies.isEmpty(m.resourceVersion())) {
      throw new ApiException.BadRequest(
          "resourceVersion should not be set on objects to be created");
    }
    if (kind.namespaced()) admitNamespace(kind, ns, m.name());
    KubernetesObject obj =
        admission.admit(new AdmissionRequest(Admission.Operation.CREATE, "", kind, in, null));
    m = obj.metadata();
    String name = m.name();
    if (Strategies.isEmpty(name) && !Strategies.isEmpty(m.generateName())) {
      name = generateName(kind, ns, m.generateName());
    }
    if (Strategies.isEmpty(name)) {
      throw new ApiException.Invalid(
          kind,
          "",
          List.of(
              FieldError.required(
                  FieldPath.root("metadata", "name"), "name or generateName is required")));
    }
    // FillObjectMetaSystemFields, then PrepareForCreate
    m =
        m.withName(name)
            .withNamespace(ns)
            .withUid(loop.randomUuid().toString())
            // metav1.Time is stored in whole seconds (RFC 3339 without fraction)
            .withCreationTimestamp(now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS))
            .withDeletion(null, null)
            .withGeneration(1L);
    obj = Strategies.prepareForCreate(kind, obj.withMetadata(m), now());
    admission.validate(new AdmissionRequest(Admission.Operation.CREATE, "", kind, obj, null));
    KubernetesObject existing = store.get(kind, ns, name);
    if (existing != null) {
      boolean deleting = existing.metadata().deletionTimestamp() != null;
      throw new ApiException.AlreadyExists(kind, name, deleting ? "object is being deleted: " : "");
    }
    obj = withResourceVersion(obj, store.nextResourceVersion());
    store.put(kind, obj);
    record(new Write(now(), verb, kind, obj), WatchEvent.Type.ADDED, null);
    return obj;
  }

  /** NamespaceLifecycle admission: the namespace must exist (or is created) and be active. */
  private void admitNamespace(Kind kind, String ns, String name) {
    KubernetesObject nsObj = store.get(ApiServer.NAMESPACE, null, ns);
    if (nsObj == null) {
      if (options.strictNamespaces()) throw new ApiException.NotFound(ApiServer.NAMESPACE, ns);
      create(ApiServer.NAMESPACE, new Namespace(ObjectMeta.named(ns), null, null), Verb.CREATE);
    } else if (nsObj.metadata().deletionTimestamp() != null) {
      throw new ApiException.Forbidden(
          kind,
          name,
          "unable to create new content in namespace " + ns + " because it is being terminated");
    }
  }

  // createWithGenerateNameRetry: up to 8 names before giving up
  private String generateName(Kind kind, String ns, String base) {
    String name = null;
    for (int i = 0; i < 8; i++) {
      name = NameGenerator.generateName(base, loop.random());
      if (store.get(kind, ns, name) == null) return name;
    }
    return name;
  }

  /** Update (PUT, patch, status): conflict check, admission, strategy, storage. */
  KubernetesObject update(Kind kind, KubernetesObject in, Verb verb, boolean status) {
    ObjectMeta m = in.metadata();
    String ns = ApiServer.namespaceOf(kind, m.namespace());
    if (Strategies.isEmpty(m.name())) {
      throw new ApiException.BadRequest("resource name may not be empty");
    }
    KubernetesObject old = store.get(kind, ns, m.name());
    if (old == null) throw new ApiException.NotFound(kind, m.name());
    if (status && !(old instanceof HasStatus<?>)) {
      throw new ApiException.NotFound("the server could not find the requested resource");
    }
    String rv = m.resourceVersion();
    if (!Strategies.isEmpty(rv) && !rv.equals(old.metadata().resourceVersion())) {
      throw new ApiException.Conflict(kind, m.name(), ApiException.Conflict.OPTIMISTIC_LOCK);
    }
    if (!Objects.equals(ns, m.namespace())) in = in.withMetadata(m.withNamespace(ns));
    String sub = status ? "status" : "";
    KubernetesObject obj =
        admission.admit(new AdmissionRequest(Admission.Operation.UPDATE, sub, kind, in, old));
    obj =
        status
            ? Strategies.prepareForStatusUpdate(kind, obj, old)
            : Strategies.prepareForUpdate(kind, obj, old);
    admission.validate(new AdmissionRequest(Admission.Operation.UPDATE, sub, kind, obj, old));
    if (obj.equals(old)) return old; // no-op: nothing written
    if (shouldDeleteDuringUpdate(kind, obj, old)) {
      removeFinal(kind, old);
      return obj;
    }
    obj = withResourceVersion(obj, store.nextResourceVersion());
    store.put(kind, obj);
    record(new Write(now(), verb, kind, obj), WatchEvent.Type.MODIFIED, old);
    if (kind.equals(ApiServer.NAMESPACE)) deleter.namespaceMayBeEmpty(obj.metadata().name());
    return obj;
  }

  // registry.ShouldDeleteDuringUpdate; a namespace goes only once empty (namespace controller)
  private static boolean shouldDeleteDuringUpdate(
      Kind kind, KubernetesObject obj, KubernetesObject old) {
    ObjectMeta o = old.metadata();
    return !kind.equals(ApiServer.NAMESPACE)
        && obj.metadata().finalizers().isEmpty()
        && o.deletionTimestamp() != null
        && Strategies.orZero(o.deletionGracePeriodSeconds()) == 0;
  }

  /** Stores a changed object as a delete-path update (deletionTimestamp, finalizers). */
  KubernetesObject storeDeleting(Kind kind, KubernetesObject obj, KubernetesObject old) {
    if (obj.equals(old)) return old;
    obj = withResourceVersion(obj, store.nextResourceVersion());
    store.put(kind, obj);
    record(new Write(now(), Verb.DELETE, kind, obj), WatchEvent.Type.MODIFIED, old);
    return obj;
  }

  /** Removes an object from the store; {@return its last state, with the removal's rv}. */
  KubernetesObject removeFinal(Kind kind, KubernetesObject stored) {
    KubernetesObject last = withResourceVersion(stored, store.nextResourceVersion());
    store.remove(kind, stored);
    record(new Write(now(), Verb.DELETED_FINAL, kind, last), WatchEvent.Type.DELETED, stored);
    if (kind.namespaced()) deleter.namespaceMayBeEmpty(stored.metadata().namespace());
    return last;
  }

  private static KubernetesObject withResourceVersion(KubernetesObject obj, long rv) {
    return obj.withMetadata(obj.metadata().withResourceVersion(Long.toString(rv)));
  }

  private void record(Write write, WatchEvent.Type type, KubernetesObject previous) {
    pending.add(new Pending(write, type, previous));
  }

  /** After commit: the watch log, the listeners, then grace-period timers. */
  private void publish() {
    List<Pending> writes = List.copyOf(pending);
    pending.clear();
    notifying = true;
    try {
      for (Pending p : writes) {
        Write w = p.write();
        long rv = Long.parseLong(w.resourceVersion());
        watches.append(new WatchHub.Entry(rv, p.type(), w.kind(), w.object(), p.previous()));
        for (WriteListener l : listeners) l.onWrite(w);
      }
    } finally {
      notifying = false;
    }
    for (Pending p : writes) graceTimer(p.write());
  }

  /** Schedules (or cancels) the removal of a pod whose grace period runs. */
  private void graceTimer(Write w) {
    if (w.verb() != Verb.DELETE && w.verb() != Verb.DELETED_FINAL) return;
    ObjectMeta m = w.object().metadata();
    String uid = m.uid();
    TaskHandle previous = graceTimers.remove(uid);
    if (previous != null) previous.cancel();
    boolean running =
        w.verb() == Verb.DELETE
            && m.deletionTimestamp() != null
            && Strategies.orZero(m.deletionGracePeriodSeconds()) > 0;
    if (!options.expireGracePeriods() || !running) return;
    Kind kind = w.kind();
    String ns = m.namespace();
    String name = m.name();
    TaskHandle t =
        loop.schedule(
            m.deletionTimestamp(),
            "grace period of " + kind.qualifiedResource() + " " + w.key() + " ends",
            () -> {
              graceTimers.remove(uid);
              deleter.expireGracePeriod(kind, ns, name, uid);
            });
    graceTimers.put(uid, t);
  }
}
