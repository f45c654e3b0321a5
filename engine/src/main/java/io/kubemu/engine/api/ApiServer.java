package io.kubemu.engine.api;

import io.kubemu.engine.time.EventLoop;
import io.kubemu.model.Kind;
import io.kubemu.model.Kinds;
import io.kubemu.model.KubernetesObject;
import io.kubemu.model.core.Namespace;
import io.kubemu.model.meta.ObjectMeta;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The in-memory API server: a typed store of {@link KubernetesObject} records keyed by (kind,
 * namespace, name) with the real API's semantics.
 *
 * <ul>
 *   <li>Metadata: uid (from the loop's seeded random), resourceVersion (the string of one counter
 *       shared by every kind; opaque to clients), generation 1 on create, creationTimestamp from
 *       the virtual clock, generateName with Kubernetes' 5-character suffix.
 *   <li>Namespaces: {@value #DEFAULT_NAMESPACE}, kube-system, kube-public and kube-node-lease exist
 *       from the start; namespaced objects without a namespace go to {@value #DEFAULT_NAMESPACE}; a
 *       missing namespace is created on first use unless {@link Options#strictNamespaces()} (then
 *       {@code namespaces "app" not found}); cluster-scoped objects lose any namespace they carry
 *       (as rest.BeforeCreate clears it).
 *   <li>Writes: create, update (status kept, generation bumped when anything but metadata and
 *       status changed), updateStatus (only status changes), JSON merge patch, delete with graceful
 *       deletion and finalizers, kubectl-style {@link #apply}. A stale resourceVersion fails with
 *       {@link ApiException.Conflict}. A write that changes nothing is not stored (no new
 *       resourceVersion, no watch event). Create also resets status (PrepareForCreate) except for
 *       Nodes: write status with {@link #updateStatus}.
 *   <li>Admission: {@link #admission()} plugins run on every create/update/patch/status write
 *       before anything is stored; any exception stores nothing. {@link #atomically} and {@link
 *       #applyAll} store several objects all or nothing.
 *   <li>Watches: ordered ADDED/MODIFIED/DELETED events, delivered on the event loop (never inside
 *       the write), replayable from any resourceVersion.
 * </ul>
 *
 * <p>Reads return the stored immutable records. Not thread-safe: everything runs on the event
 * loop's thread.
 */
public final class ApiServer {

  /** The namespace of namespaced objects that name none. */
  public static final String DEFAULT_NAMESPACE = "default";

  /** The namespaces a new cluster has. */
  public static final List<String> SYSTEM_NAMESPACES =
      List.of(DEFAULT_NAMESPACE, "kube-system", "kube-public", "kube-node-lease");

  static final Kind NAMESPACE = Kinds.of(Namespace.class);

  /**
   * Options of the API server.
   *
   * @param strictNamespaces require namespaces to exist (as a real cluster does) instead of
   *     creating them on first use; default false
   * @param expireGracePeriods remove a gracefully deleted pod when its grace period ends if nobody
   *     removed it earlier (the kubelet normally does); default true
   */
  public record Options(boolean strictNamespaces, boolean expireGracePeriods) {
    /** The defaults: namespaces created on use, grace periods expire. */
    public static final Options DEFAULT = new Options(false, true);

    public Options withStrictNamespaces(boolean strict) {
      return new Options(strict, expireGracePeriods);
    }

    public Options withExpireGracePeriods(boolean expire) {
      return new Options(strictNamespaces, expire);
    }
  }

  private final EventLoop loop;
  private final Options options;
  private final Registry registry;

  /** An API server with default options. */
  public ApiServer(EventLoop loop) {
    this(loop, Options.DEFAULT);
  }

  /**
   * An API server; {@code listeners} see every write including the creation of the {@link
   * #SYSTEM_NAMESPACES}.
   */
  public ApiServer(EventLoop loop, Options options, WriteListener... listeners) {
    this.loop = Objects.requireNonNull(loop);
    this.options = Objects.requireNonNull(options);
    this.registry = new Registry(loop, options, List.of(listeners));
    atomically(
        () -> {
          for (String ns : SYSTEM_NAMESPACES) {
            registry.create(
                NAMESPACE, new Namespace(ObjectMeta.named(ns), null, null), Verb.CREATE);
          }
          return null;
        });
  }

  /** {@return the event loop the server runs on} */
  public EventLoop loop() {
    return loop;
  }

  /** {@return the virtual clock} */
  public Clock clock() {
    return loop.clock();
  }

  /** {@return the options} */
  public Options options() {
    return options;
  }

  /** {@return the admission chain, to register plugins on} */
  public AdmissionChain admission() {
    return registry.admission();
  }

  /** Adds a listener told of every later write. */
  public void addWriteListener(WriteListener listener) {
    registry.addListener(Objects.requireNonNull(listener));
  }

  /** {@return the current resourceVersion of the store} */
  public String resourceVersion() {
    return Long.toString(registry.store().resourceVersion());
  }

  // ================================================================ reads

  /** {@return the object, if stored; a null namespace means "default" for namespaced kinds} */
  public <T extends KubernetesObject> Optional<T> find(
      Class<T> type, String namespace, String name) {
    Kind kind = Kinds.of(type);
    return Optional.ofNullable(
        type.cast(registry.store().get(kind, namespaceOf(kind, namespace), name)));
  }

  /** {@return the object of a kind, if stored} */
  public Optional<KubernetesObject> find(Kind kind, String namespace, String name) {
    return Optional.ofNullable(registry.store().get(kind, namespaceOf(kind, namespace), name));
  }

  /**
   * {@return the object}
   *
   * @throws ApiException.NotFound if it is not stored
   */
  public <T extends KubernetesObject> T get(Class<T> type, String namespace, String name) {
    return find(type, namespace, name)
        .orElseThrow(() -> new ApiException.NotFound(Kinds.of(type), name));
  }

  /** {@return every object of the type, sorted by namespace and name} */
  public <T extends KubernetesObject> List<T> list(Class<T> type) {
    return list(type, ListOptions.all()).items();
  }

  /** {@return the objects of the type in a namespace (null: all), sorted} */
  public <T extends KubernetesObject> List<T> list(Class<T> type, String namespace) {
    return list(type, new ListOptions(namespace, null, null)).items();
  }

  /**
   * {@return the selected objects and the store's resourceVersion, to watch from without gaps}
   *
   * @throws ApiException.BadRequest for an unsupported field selector
   */
  public <T extends KubernetesObject> ObjectList<T> list(Class<T> type, ListOptions options) {
    Kind kind = Kinds.of(type);
    FieldSelectors.validate(kind, options.fieldSelector());
    List<T> out = new ArrayList<>();
    String ns = Strategies.isEmpty(options.namespace()) ? null : options.namespace();
    for (KubernetesObject o : registry.store().list(kind, ns)) {
      if (options.labelSelector().matches(o.metadata().labels())
          && FieldSelectors.matches(kind, options.fieldSelector(), o)) {
        out.add(type.cast(o));
      }
    }
    return new ObjectList<>(out, resourceVersion());
  }

  // ================================================================ writes

  /**
   * Creates an object.
   *
   * @return the stored object
   * @throws ApiException.AlreadyExists if the name is taken
   * @throws ApiException.Invalid if admission rejects it or it has neither name nor generateName
   */
  public <T extends KubernetesObject> T create(T object) {
    Kind kind = kindOf(object);
    return cast(object, atomically(() -> registry.create(kind, object, Verb.CREATE)));
  }

  /**
   * Replaces an object's spec and metadata (PUT); status stays as stored. When the object carries a
   * resourceVersion it must be the stored one.
   *
   * @throws ApiException.NotFound if it is not stored
   * @throws ApiException.Conflict if its resourceVersion is stale
   */
  public <T extends KubernetesObject> T update(T object) {
    Kind kind = kindOf(object);
    return cast(object, atomically(() -> registry.update(kind, object, Verb.UPDATE, false)));
  }

  /**
   * Replaces an object's status (the status subresource); spec and metadata stay as stored.
   *
   * @throws ApiException.NotFound if it is not stored or its kind has no status
   * @throws ApiException.Conflict if its resourceVersion is stale
   */
  public <T extends KubernetesObject> T updateStatus(T object) {
    Kind kind = kindOf(object);
    return cast(object, atomically(() -> registry.update(kind, object, Verb.UPDATE_STATUS, true)));
  }

  /**
   * Applies a JSON merge patch (RFC 7386) to the main resource; changes to status are ignored.
   *
   * @throws ApiException.BadRequest if the patch is not JSON or does not fit the type
   */
  public <T extends KubernetesObject> T patch(
      Class<T> type, String namespace, String name, String mergePatch) {
    return patch(type, namespace, name, mergePatch, false);
  }

  /** Applies a JSON merge patch to the status subresource. */
  public <T extends KubernetesObject> T patchStatus(
      Class<T> type, String namespace, String name, String mergePatch) {
    return patch(type, namespace, name, mergePatch, true);
  }

  private <T extends KubernetesObject> T patch(
      Class<T> type, String namespace, String name, String mergePatch, boolean status) {
    Kind kind = Kinds.of(type);
    return type.cast(
        atomically(
            () -> {
              KubernetesObject current =
                  registry.store().get(kind, namespaceOf(kind, namespace), name);
              if (current == null) throw new ApiException.NotFound(kind, name);
              KubernetesObject patched = Patches.mergePatch(kind, current, mergePatch);
              return registry.update(
                  kind, patched, status ? Verb.PATCH_STATUS : Verb.PATCH, status);
            }));
  }

  /** Deletes with default options (see {@link #delete(Class, String, String, DeleteOptions)}). */
  public <T extends KubernetesObject> DeleteResult<T> delete(
      Class<T> type, String namespace, String name) {
    return delete(type, namespace, name, DeleteOptions.DEFAULT);
  }

  /**
   * Deletes an object. Pods bound to a node are deleted gracefully: deletionTimestamp = now + grace
   * period, removed when the grace period ends (or earlier by a delete with grace 0). Objects with
   * finalizers get a deletionTimestamp and are removed when an update clears the last finalizer. A
   * second delete may only shorten a pending grace period. Deleting a namespace deletes everything
   * in it; the namespace goes once it is empty.
   *
   * @throws ApiException.NotFound if it is not stored
   * @throws ApiException.Conflict if a precondition fails
   */
  public <T extends KubernetesObject> DeleteResult<T> delete(
      Class<T> type, String namespace, String name, DeleteOptions options) {
    Kind kind = Kinds.of(type);
    DeleteOptions opts = options == null ? DeleteOptions.DEFAULT : options;
    DeleteResult<KubernetesObject> r =
        atomically(() -> registry.deleter().delete(kind, namespaceOf(kind, namespace), name, opts));
    return new DeleteResult<>(type.cast(r.object()), r.removed());
  }

  /**
   * Creates or updates an object as {@code kubectl apply} does (client-side apply): the applied
   * configuration is recorded in the {@code kubectl.kubernetes.io/last-applied-configuration}
   * annotation; an update is a three-way JSON merge of the last applied configuration, this one and
   * the stored object, so fields others set (status, defaults, nodeName, annotations such as the
   * revision) are kept and fields dropped from the configuration are removed.
   */
  public <T extends KubernetesObject> ApplyResult<T> apply(T object) {
    Kind kind = kindOf(object);
    ApplyResult<KubernetesObject> r = atomically(() -> Applier.apply(registry, kind, object));
    return new ApplyResult<>(cast(object, r.object()), r.outcome());
  }

  /**
   * Applies several objects all or nothing: if any is rejected (admission, conflict, ...), none is
   * stored and the error is thrown.
   */
  public List<ApplyResult<KubernetesObject>> applyAll(List<? extends KubernetesObject> objects) {
    return atomically(
        () -> {
          List<ApplyResult<KubernetesObject>> out = new ArrayList<>();
          for (KubernetesObject o : objects) out.add(Applier.apply(registry, kindOf(o), o));
          return out;
        });
  }

  /**
   * Runs {@code work} as one transaction: the writes it makes become visible (watch events,
   * listeners) only when it returns, and an exception undoes all of them. Nested calls join the
   * outer transaction.
   */
  public <R> R atomically(Supplier<R> work) {
    return registry.atomically(work);
  }

  // ================================================================ watch

  /**
   * Watches every object of a type, in all namespaces.
   *
   * @param fromResourceVersion deliver every change after this resourceVersion (e.g. a list's);
   *     null, "" or "0": first a synthetic ADDED event for each existing object, then changes
   */
  public <T extends KubernetesObject> Watch watch(
      Class<T> type, String fromResourceVersion, WatchHandler<T> handler) {
    return watch(type, ListOptions.all(), fromResourceVersion, handler);
  }

  /**
   * Watches the objects a list with these options selects (see {@link #watch(Class, String,
   * WatchHandler)}).
   */
  public <T extends KubernetesObject> Watch watch(
      Class<T> type, ListOptions options, String fromResourceVersion, WatchHandler<T> handler) {
    Kind kind = Kinds.of(type);
    FieldSelectors.validate(kind, options.fieldSelector());
    long from = parseResourceVersion(fromResourceVersion);
    List<KubernetesObject> initial =
        from < 0 ? new ArrayList<>(list(type, options).items()) : List.of();
    return registry
        .watches()
        .open(kind, type, options, from, initial, handler, registry.store().resourceVersion());
  }

  /** Watches the objects of a kind a list with these options selects, untyped. */
  @SuppressWarnings("unchecked")
  public Watch watch(
      Kind kind,
      ListOptions options,
      String fromResourceVersion,
      WatchHandler<KubernetesObject> h) {
    Class<KubernetesObject> type = (Class<KubernetesObject>) kind.type();
    return watch(type, options, fromResourceVersion, Objects.requireNonNull(h));
  }

  private static long parseResourceVersion(String rv) {
    if (rv == null || rv.isEmpty() || rv.equals("0")) return -1;
    try {
      long v = Long.parseLong(rv);
      if (v < 0) throw new NumberFormatException();
      return v;
    } catch (NumberFormatException e) {
      throw new ApiException.BadRequest("invalid resource version: " + GoFormat.quote(rv));
    }
  }

  // ================================================================ internals

  static Kind kindOf(KubernetesObject object) {
    return Kinds.of(object.getClass());
  }

  private static <T extends KubernetesObject> T cast(T like, KubernetesObject stored) {
    @SuppressWarnings("unchecked")
    Class<T> type = (Class<T>) like.getClass();
    return type.cast(stored);
  }

  /** {@return the namespace an object of the kind lives in: default for namespaced, null else} */
  static String namespaceOf(Kind kind, String namespace) {
    if (!kind.namespaced()) return null;
    return namespace == null || namespace.isEmpty() ? DEFAULT_NAMESPACE : namespace;
  }
}
