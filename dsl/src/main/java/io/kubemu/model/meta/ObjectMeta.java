package io.kubemu.model.meta;

import io.kubemu.model.internal.Copies;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Standard object metadata (metav1.ObjectMeta). Fields the API server assigns (uid,
 * resourceVersion, generation, creationTimestamp, deletionTimestamp) are null until stored.
 */
public record ObjectMeta(
    String name,
    String generateName,
    String namespace,
    String uid,
    String resourceVersion,
    Long generation,
    Instant creationTimestamp,
    Instant deletionTimestamp,
    Long deletionGracePeriodSeconds,
    Map<String, String> labels,
    Map<String, String> annotations,
    List<OwnerReference> ownerReferences,
    List<String> finalizers) {

  public static final ObjectMeta EMPTY =
      new ObjectMeta(null, null, null, null, null, null, null, null, null, null, null, null, null);

  public ObjectMeta {
    labels = Copies.map(labels);
    annotations = Copies.map(annotations);
    ownerReferences = Copies.list(ownerReferences);
    finalizers = Copies.list(finalizers);
  }

  /** {@return metadata with just a name} */
  public static ObjectMeta named(String name) {
    return EMPTY.withName(name);
  }

  /** {@return metadata with a namespace and a name} */
  public static ObjectMeta named(String namespace, String name) {
    return EMPTY.withNamespace(namespace).withName(name);
  }

  /** {@return {@code namespace/name}, or {@code name} when there is no namespace} */
  public String key() {
    return namespace == null || namespace.isEmpty() ? name : namespace + "/" + name;
  }

  /** {@return the label's value, or null} */
  public String label(String key) {
    return labels.get(key);
  }

  /** {@return the annotation's value, or null} */
  public String annotation(String key) {
    return annotations.get(key);
  }

  /** {@return the owner reference with controller=true, or null} */
  public OwnerReference controllerRef() {
    for (OwnerReference ref : ownerReferences) {
      if (Boolean.TRUE.equals(ref.controller())) return ref;
    }
    return null;
  }

  public ObjectMeta withName(String name) {
    return new ObjectMeta(
        name,
        generateName,
        namespace,
        uid,
        resourceVersion,
        generation,
        creationTimestamp,
        deletionTimestamp,
        deletionGracePeriodSeconds,
        labels,
        annotations,
        ownerReferences,
        finalizers);
  }

  public ObjectMeta withGenerateName(String generateName) {
    return new ObjectMeta(
        name,
        generateName,
        namespace,
        uid,
        resourceVersion,
        generation,
        creationTimestamp,
        deletionTimestamp,
        deletionGracePeriodSeconds,
        labels,
        annotations,
        ownerReferences,
        finalizers);
  }

  public ObjectMeta withNamespace(String namespace) {
    return new ObjectMeta(
        name,
        generateName,
        namespace,
        uid,
        resourceVersion,
        generation,
        creationTimestamp,
        deletionTimestamp,
        deletionGracePeriodSeconds,
        labels,
        annotations,
        ownerReferences,
        finalizers);
  }

  public ObjectMeta withUid(String uid) {
    return new ObjectMeta(
        name,
        generateName,
        namespace,
        uid,
        resourceVersion,
        generation,
        creationTimestamp,
        deletionTimestamp,
        deletionGracePeriodSeconds,
        labels,
        annotations,
        ownerReferences,
        finalizers);
  }

  public ObjectMeta withResourceVersion(String resourceVersion) {
    return new ObjectMeta(
        name,
        generateName,
        namespace,
        uid,
        resourceVersion,
        generation,
        creationTimestamp,
        deletionTimestamp,
        deletionGracePeriodSeconds,
        labels,
        annotations,
        ownerReferences,
        finalizers);
  }

  public ObjectMeta withGeneration(Long generation) {
    return new ObjectMeta(
        name,
        generateName,
        namespace,
        uid,
        resourceVersion,
        generation,
        creationTimestamp,
        deletionTimestamp,
        deletionGracePeriodSeconds,
        labels,
        annotations,
        ownerReferences,
        finalizers);
  }

  public ObjectMeta withCreationTimestamp(Instant creationTimestamp) {
    return new ObjectMeta(
        name,
        generateName,
        namespace,
        uid,
        resourceVersion,
        generation,
        creationTimestamp,
        deletionTimestamp,
        deletionGracePeriodSeconds,
        labels,
        annotations,
        ownerReferences,
        finalizers);
  }

  public ObjectMeta withDeletion(Instant deletionTimestamp, Long deletionGracePeriodSeconds) {
    return new ObjectMeta(
        name,
        generateName,
        namespace,
        uid,
        resourceVersion,
        generation,
        creationTimestamp,
        deletionTimestamp,
        deletionGracePeriodSeconds,
        labels,
        annotations,
        ownerReferences,
        finalizers);
  }

  public ObjectMeta withLabels(Map<String, String> labels) {
    return new ObjectMeta(
        name,
        generateName,
        namespace,
        uid,
        resourceVersion,
        generation,
        creationTimestamp,
        deletionTimestamp,
        deletionGracePeriodSeconds,
        labels,
        annotations,
        ownerReferences,
        finalizers);
  }

  public ObjectMeta withAnnotations(Map<String, String> annotations) {
    return new ObjectMeta(
        name,
        generateName,
        namespace,
        uid,
        resourceVersion,
        generation,
        creationTimestamp,
        deletionTimestamp,
        deletionGracePeriodSeconds,
        labels,
        annotations,
        ownerReferences,
        finalizers);
  }

  public ObjectMeta withOwnerReferences(List<OwnerReference> ownerReferences) {
    return new ObjectMeta(
        name,
        generateName,
        namespace,
        uid,
        resourceVersion,
        generation,
        creationTimestamp,
        deletionTimestamp,
        deletionGracePeriodSeconds,
        labels,
        annotations,
        ownerReferences,
        finalizers);
  }

  public ObjectMeta withFinalizers(List<String> finalizers) {
    return new ObjectMeta(
        name,
        generateName,
        namespace,
        uid,
        resourceVersion,
        generation,
        creationTimestamp,
        deletionTimestamp,
        deletionGracePeriodSeconds,
        labels,
        annotations,
        ownerReferences,
        finalizers);
  }

  /** {@return a copy with one label set (a null value removes it)} */
  public ObjectMeta withLabel(String key, String value) {
    return withLabels(put(labels, key, value));
  }

  /** {@return a copy with one annotation set (a null value removes it)} */
  public ObjectMeta withAnnotation(String key, String value) {
    return withAnnotations(put(annotations, key, value));
  }

  private static Map<String, String> put(Map<String, String> map, String key, String value) {
    Map<String, String> copy = new LinkedHashMap<>(map);
    if (value == null) copy.remove(key);
    else copy.put(key, value);
    return copy;
  }
}
