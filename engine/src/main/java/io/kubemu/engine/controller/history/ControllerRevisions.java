package io.kubemu.engine.controller.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.kubemu.manifest.Json;
import io.kubemu.model.KubernetesObject;
import io.kubemu.model.apps.ControllerRevision;
import io.kubemu.model.meta.ObjectMeta;
import io.kubemu.model.meta.OwnerReference;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The pure helpers of upstream {@code pkg/controller/history}: ControllerRevision names, hashes,
 * ordering and equality, shared by the DaemonSet and StatefulSet controllers. Stateless.
 */
public final class ControllerRevisions {
  private ControllerRevisions() {}

  /** Label holding the hash of a ControllerRevision's data (ControllerRevisionHashLabel). */
  public static final String HASH_LABEL = "controller.kubernetes.io/hash";

  // k8s.io/apimachinery/pkg/util/rand: vowels omitted so that no "bad words" are formed
  private static final String ALPHANUMS = "bcdfghjklmnpqrstvwxz2456789";

  /** Orders revisions by revision number, then creation time, then name (byRevision). */
  public static final Comparator<ControllerRevision> BY_REVISION =
      Comparator.comparingLong((ControllerRevision r) -> r.revision() == null ? 0 : r.revision())
          .thenComparing(
              r -> r.metadata().creationTimestamp(),
              Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(
              r -> r.metadata().name(), Comparator.nullsFirst(Comparator.naturalOrder()));

  /**
   * ControllerRevisionName: {@code prefix-hash}, the prefix cut to 223 characters so that the name
   * stays within 253.
   */
  public static String controllerRevisionName(String prefix, String hash) {
    String p = prefix.length() > 223 ? prefix.substring(0, 223) : prefix;
    return p + "-" + hash;
  }

  /**
   * NewControllerRevision: a revision owned (controller reference) by {@code parent}, labelled with
   * the template labels and the hash label, named {@code <parent>-<hash>}.
   *
   * @param collisionCount mixed into the hash when non-null, to get away from a name collision
   */
  public static ControllerRevision newControllerRevision(
      KubernetesObject parent,
      Map<String, String> templateLabels,
      Map<String, Object> data,
      long revision,
      Integer collisionCount) {
    ObjectMeta pm = parent.metadata();
    OwnerReference ref =
        new OwnerReference(parent.apiVersion(), parent.kind(), pm.name(), pm.uid(), true, true);
    Map<String, String> labels = new LinkedHashMap<>(templateLabels);
    ControllerRevision cr =
        new ControllerRevision(
            ObjectMeta.named(pm.namespace(), null)
                .withLabels(labels)
                .withOwnerReferences(List.of(ref)),
            data,
            revision);
    String hash = hashControllerRevision(cr, collisionCount);
    labels.put(HASH_LABEL, hash);
    return cr.withMetadata(
        cr.metadata().withName(controllerRevisionName(pm.name(), hash)).withLabels(labels));
  }

  /**
   * HashControllerRevision: FNV-1 (32 bit) of the data's JSON bytes, then of the decimal {@code
   * probe} if non-null, written as the decimal sum through rand.SafeEncodeString.
   */
  public static String hashControllerRevision(ControllerRevision revision, Integer probe) {
    int h = fnv1(0x811c9dc5, rawData(revision));
    if (probe != null) h = fnv1(h, Long.toString(probe).getBytes(StandardCharsets.UTF_8));
    return safeEncodeString(Integer.toUnsignedString(h));
  }

  // rawData memo: the same data serialises to the same bytes, and syncs ask again and again
  private static final Map<Map<String, Object>, byte[]> RAW =
      Collections.synchronizedMap(
          new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Map<String, Object>, byte[]> e) {
              return size() > 512;
            }
          });

  /** {@return the JSON bytes of the revision's data, keys in the map's order (Data.Raw)} */
  public static byte[] rawData(ControllerRevision revision) {
    byte[] raw = RAW.get(revision.data());
    if (raw == null) {
      try {
        raw = Json.mapper().writeValueAsBytes(revision.data());
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("ControllerRevision data is not JSON", e);
      }
      RAW.put(revision.data(), raw);
    }
    return raw.clone();
  }

  // hash/fnv New32 (FNV-1: multiply, then xor)
  static int fnv1(int hash, byte[] bytes) {
    int h = hash;
    for (byte b : bytes) {
      h *= 16777619;
      h ^= (b & 0xff);
    }
    return h;
  }

  /** rand.SafeEncodeString: each character mapped into a vowel-free alphabet. */
  public static String safeEncodeString(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    s.codePoints().forEach(c -> sb.append(ALPHANUMS.charAt(c % ALPHANUMS.length())));
    return sb.toString();
  }

  /** SortControllerRevisions: {@return the revisions in {@link #BY_REVISION} order (stable)} */
  public static List<ControllerRevision> sortControllerRevisions(
      List<ControllerRevision> revisions) {
    List<ControllerRevision> out = new ArrayList<>(revisions);
    out.sort(BY_REVISION);
    return out;
  }

  /**
   * EqualRevision: both null, or both non-null with the same hash label (when both carry a numeric
   * one) and byte-equal data.
   */
  public static boolean equalRevision(ControllerRevision lhs, ControllerRevision rhs) {
    if (lhs == null || rhs == null) return lhs == rhs;
    Long lh = numericHash(lhs);
    Long rh = numericHash(rhs);
    if (lh != null && rh != null && !lh.equals(rh)) return false;
    return Arrays.equals(rawData(lhs), rawData(rhs));
  }

  private static Long numericHash(ControllerRevision r) {
    String hs = r.metadata().label(HASH_LABEL);
    if (hs == null) return null;
    try {
      return Long.parseLong(hs);
    } catch (NumberFormatException e) {
      return null; // upstream ParseInt fails on the safe-encoded hash, and compares the data
    }
  }

  /** FindEqualRevisions: {@return the revisions equal to needle, in their order} */
  public static List<ControllerRevision> findEqualRevisions(
      List<ControllerRevision> revisions, ControllerRevision needle) {
    List<ControllerRevision> eq = new ArrayList<>();
    for (ControllerRevision r : revisions) {
      if (equalRevision(r, needle)) eq.add(r);
    }
    return eq;
  }

  /** {@return whether the revision's controller reference names {@code uid}} */
  static boolean controlledBy(ControllerRevision revision, String uid) {
    OwnerReference ref = revision.metadata().controllerRef();
    return ref != null && Objects.equals(ref.uid(), uid);
  }
}
