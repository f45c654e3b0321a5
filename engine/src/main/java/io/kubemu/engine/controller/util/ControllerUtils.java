package io.kubemu.engine.controller.util;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.kubemu.engine.api.ApiException;
import io.kubemu.manifest.Json;
import io.kubemu.model.KubernetesObject;
import io.kubemu.model.apps.ReplicaSet;
import io.kubemu.model.core.Pod;
import io.kubemu.model.core.PodTemplateSpec;
import io.kubemu.model.meta.LabelSelector;
import io.kubemu.model.meta.ObjectMeta;
import io.kubemu.model.meta.OwnerReference;
import io.kubemu.model.meta.Selector;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Helpers shared by the workload controllers (upstream pkg/controller/controller_utils.go): the
 * pod-template-hash, controller references, pods from templates, replica set orderings and the
 * slow-start batch. Pure functions.
 */
public final class ControllerUtils {
  private ControllerUtils() {}

  /** The first batch size of {@link #slowStartBatch}: 1, then 2, 4, 8, ... */
  public static final int SLOW_START_INITIAL_BATCH_SIZE = 1;

  /** The characters {@code rand.SafeEncodeString} maps bytes to: no vowels, no 0, 1, 3. */
  public static final String SAFE_ALPHANUMS = "bcdfghjklmnpqrstvwxz2456789";

  private static final ObjectMapper CANONICAL =
      Json.mapper().copy().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

  // ---------------------------------------------------------------- hash

  /**
   * {@return the pod-template-hash of a template} (ComputeHash): FNV-32a over the template's
   * canonical form, then, when {@code collisionCount} is non-null, over its 4 little-endian bytes
   * followed by 4 zero bytes; the unsigned 32-bit sum's decimal digits are mapped through {@link
   * #safeEncodeString}. Equal templates give equal hashes.
   *
   * <p>The canonical form is the template's JSON with map keys sorted (upstream hashes Go's struct
   * dump, so a real cluster gives the same template another hash).
   */
  public static String computeHash(PodTemplateSpec template, Integer collisionCount) {
    int hash = fnv32a(FNV_OFFSET, canonical(template));
    if (collisionCount != null) {
      byte[] b = new byte[8];
      int c = collisionCount;
      for (int i = 0; i < 4; i++) b[i] = (byte) (c >>> (8 * i));
      hash = fnv32a(hash, b);
    }
    return safeEncodeString(Long.toString(Integer.toUnsignedLong(hash)));
  }

  private static final int FNV_OFFSET = 0x811c9dc5;
  private static final int FNV_PRIME = 0x01000193;

  /** FNV-1a, 32 bits, continuing from {@code hash}. */
  static int fnv32a(int hash, byte[] data) {
    int h = hash;
    for (byte b : data) {
      h ^= (b & 0xff);
      h *= FNV_PRIME;
    }
    return h;
  }

  private static byte[] canonical(PodTemplateSpec template) {
    try {
      return CANONICAL.writeValueAsString(template).getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise a pod template", e);
    }
  }

  /**
   * {@return each character of {@code s} mapped to {@code alphanums[c % 27]}} (SafeEncodeString)
   */
  public static String safeEncodeString(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      b.append(SAFE_ALPHANUMS.charAt(s.charAt(i) % SAFE_ALPHANUMS.length()));
    }
    return b.toString();
  }

  // ---------------------------------------------------------------- selectors

  private static final int SELECTOR_CACHE_SIZE = 4096;
  private static final java.util.concurrent.ConcurrentHashMap<LabelSelector, Selector> SELECTORS =
      new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * {@return the selector of a label selector} (metav1.LabelSelectorAsSelector), memoised: every
   * sync of every ReplicaSet and Deployment converts its selector, and the conversion validates
   * every key and value. Thread-safe.
   *
   * @throws IllegalArgumentException for an invalid selector
   */
  public static Selector selector(LabelSelector s) {
    Selector cached = SELECTORS.get(s);
    if (cached != null) return cached;
    Selector compiled = s.toSelector();
    if (SELECTORS.size() >= SELECTOR_CACHE_SIZE) SELECTORS.clear();
    SELECTORS.put(s, compiled);
    return compiled;
  }

  // ---------------------------------------------------------------- references

  /** The name of the pod index by controller uid (PodControllerUIDIndex). */
  public static final String POD_CONTROLLER_UID_INDEX = "podControllerUID";

  /**
   * {@return the index values of an object for {@link #POD_CONTROLLER_UID_INDEX}: its controller's
   * uid, or {@link #orphanIndexKey} of its namespace when it has no controller} (upstream
   * AddPodControllerUIDIndexer's index function)
   */
  public static List<String> controllerUidIndex(KubernetesObject o) {
    OwnerReference ref = o.metadata().controllerRef();
    if (ref != null) return List.of(String.valueOf(ref.uid()));
    return List.of(orphanIndexKey(o.metadata().namespace()));
  }

  /** {@return the index value of a namespace's orphans} (OrphanPodIndexKeyForNamespace) */
  public static String orphanIndexKey(String namespace) {
    return "_ORPHAN_POD/" + (namespace == null ? "" : namespace);
  }

  /**
   * {@return the objects of {@code namespace} that {@code uid} controls or that are orphans, by
   * name}: the candidates a controller claims (upstream getRSPods and friends)
   */
  public static <T extends KubernetesObject> List<T> ownedOrOrphaned(
      Informer<T> informer, String namespace, String uid) {
    List<T> owned = informer.byIndex(POD_CONTROLLER_UID_INDEX, String.valueOf(uid));
    List<T> orphans = informer.byIndex(POD_CONTROLLER_UID_INDEX, orphanIndexKey(namespace));
    List<T> out = new ArrayList<>(owned.size() + orphans.size());
    int i = 0;
    int j = 0;
    while (i < owned.size() || j < orphans.size()) {
      T a = i < owned.size() ? owned.get(i) : null;
      if (a != null && !Objects.equals(a.metadata().namespace(), namespace)) {
        i++;
        continue;
      }
      T b = j < orphans.size() ? orphans.get(j) : null;
      if (b == null || (a != null && a.metadata().name().compareTo(b.metadata().name()) < 0)) {
        out.add(a);
        i++;
      } else {
        out.add(b);
        j++;
      }
    }
    return out;
  }

  /** {@return {@code namespace/name}} (KeyFunc) */
  public static String key(KubernetesObject o) {
    return o.metadata().key();
  }

  /** {@return a reference to {@code owner} with controller and blockOwnerDeletion true} */
  public static OwnerReference newControllerRef(KubernetesObject owner) {
    ObjectMeta m = owner.metadata();
    return new OwnerReference(owner.apiVersion(), owner.kind(), m.name(), m.uid(), true, true);
  }

  /** {@return the owner reference with controller=true, or null} (metav1.GetControllerOf) */
  public static OwnerReference controllerOf(KubernetesObject o) {
    return o.metadata().controllerRef();
  }

  /**
   * {@return the pod a controller creates from a template} (GetPodFromTemplate): the template's
   * labels, annotations, finalizers and spec, {@code generateName} {@code <parent>-}, and the
   * controller reference.
   */
  public static Pod podFromTemplate(
      PodTemplateSpec template, KubernetesObject parent, OwnerReference controllerRef) {
    ObjectMeta t = template.metadata();
    ObjectMeta meta =
        ObjectMeta.EMPTY
            .withNamespace(parent.metadata().namespace())
            .withGenerateName(parent.metadata().name() + "-")
            .withLabels(t.labels())
            .withAnnotations(t.annotations())
            .withFinalizers(t.finalizers())
            .withOwnerReferences(controllerRef == null ? List.of() : List.of(controllerRef));
    return new Pod(meta, template.spec(), null);
  }

  // ---------------------------------------------------------------- replica sets

  /** {@return {@code spec.replicas}, 0 when unset} */
  public static int replicas(ReplicaSet rs) {
    return rs.spec() == null || rs.spec().replicas() == null ? 0 : rs.spec().replicas();
  }

  /** Oldest first; equal times by name (ReplicaSetsByCreationTimestamp). */
  public static final Comparator<ReplicaSet> BY_CREATION_TIMESTAMP =
      (a, b) -> {
        Instant ta = a.metadata().creationTimestamp();
        Instant tb = b.metadata().creationTimestamp();
        if (ta == null ? tb == null : ta.equals(tb)) {
          return a.metadata().name().compareTo(b.metadata().name());
        }
        if (ta == null) return -1;
        if (tb == null) return 1;
        return ta.compareTo(tb);
      };

  /** Larger first; equal sizes older first (ReplicaSetsBySizeOlder). */
  public static final Comparator<ReplicaSet> BY_SIZE_OLDER =
      (a, b) ->
          replicas(a) == replicas(b)
              ? BY_CREATION_TIMESTAMP.compare(a, b)
              : Integer.compare(replicas(b), replicas(a));

  /** Larger first; equal sizes newer first (ReplicaSetsBySizeNewer). */
  public static final Comparator<ReplicaSet> BY_SIZE_NEWER =
      (a, b) ->
          replicas(a) == replicas(b)
              ? BY_CREATION_TIMESTAMP.compare(b, a)
              : Integer.compare(replicas(b), replicas(a));

  /**
   * {@return the non-null replica sets with {@code spec.replicas > 0}} (FilterActiveReplicaSets)
   */
  public static List<ReplicaSet> filterActiveReplicaSets(Collection<ReplicaSet> sets) {
    List<ReplicaSet> out = new ArrayList<>();
    for (ReplicaSet rs : sets) if (rs != null && replicas(rs) > 0) out.add(rs);
    return out;
  }

  // ---------------------------------------------------------------- slow start

  /** What {@link #slowStartBatch} did: the calls that succeeded and the first error, or null. */
  public record BatchResult(int successes, ApiException error) {}

  /**
   * Calls {@code fn} {@code count} times in batches of 1, 2, 4, ... (slowStartBatch): every call of
   * a batch is made; if any fails, later batches are skipped. With 10 calls of which the 6th fails:
   * batches 1, 2, 4 run (7 calls, 5 successes) and the last 3 are never attempted.
   *
   * @param fn returns null on success, the error otherwise
   */
  public static BatchResult slowStartBatch(
      int count, int initialBatchSize, Supplier<ApiException> fn) {
    int remaining = count;
    int successes = 0;
    for (int batch = Math.min(remaining, initialBatchSize);
        batch > 0;
        batch = Math.min(2 * batch, remaining)) {
      ApiException first = null;
      int failed = 0;
      for (int i = 0; i < batch; i++) {
        ApiException e = fn.get();
        if (e != null) {
          failed++;
          if (first == null) first = e;
        }
      }
      successes += batch - failed;
      if (first != null) return new BatchResult(successes, first);
      remaining -= batch;
    }
    return new BatchResult(successes, null);
  }

  /** {@return an error for a sync to fail with and be retried (a transient, non-API error)} */
  public static ApiException syncError(String message) {
    return new ApiException(500, "InternalError", message, null, null);
  }
}
