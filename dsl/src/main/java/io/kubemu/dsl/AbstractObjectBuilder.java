package io.kubemu.dsl;

import io.kubemu.model.KubernetesObject;
import io.kubemu.model.meta.ObjectMeta;
import io.kubemu.model.meta.OwnerReference;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * The {@code metadata} part shared by every builder of a top-level object (and by {@link
 * PodBuilder} for pod templates). Mutable, not thread-safe.
 *
 * @param <T> the object built
 * @param <B> the concrete builder, returned by every method for chaining
 */
public abstract class AbstractObjectBuilder<
        T extends KubernetesObject, B extends AbstractObjectBuilder<T, B>>
    implements ObjectBuilder<T> {

  private ObjectMeta metadata = ObjectMeta.EMPTY;

  /** Whether a spec was given explicitly (by {@code from} or {@code spec(UnaryOperator)}). */
  private boolean specGiven;

  AbstractObjectBuilder() {}

  /** {@code metadata.name} */
  public B name(String name) {
    metadata = metadata.withName(name);
    return self();
  }

  /** {@code metadata.generateName}: a prefix the API server completes with 5 random characters */
  public B generateName(String prefix) {
    metadata = metadata.withGenerateName(prefix);
    return self();
  }

  /** {@code metadata.namespace}; unset means the namespace the object is applied to */
  public B namespace(String namespace) {
    metadata = metadata.withNamespace(namespace);
    return self();
  }

  /** One label of {@code metadata.labels}; a null value removes it. */
  public B label(String key, String value) {
    return labels(key, value);
  }

  /** Labels merged into {@code metadata.labels}: {@code labels("app", "web", "tier", "fe")}. */
  public B labels(String... keyValues) {
    metadata = metadata.withLabels(Pairs.putAll(new LinkedHashMap<>(metadata.labels()), keyValues));
    return self();
  }

  /** Labels merged into {@code metadata.labels}. */
  public B labels(Map<String, String> labels) {
    metadata = metadata.withLabels(Pairs.putAll(new LinkedHashMap<>(metadata.labels()), labels));
    return self();
  }

  /** One annotation of {@code metadata.annotations}; a null value removes it. */
  public B annotation(String key, String value) {
    return annotations(key, value);
  }

  /** Annotations merged into {@code metadata.annotations}, as key-value pairs. */
  public B annotations(String... keyValues) {
    metadata =
        metadata.withAnnotations(
            Pairs.putAll(new LinkedHashMap<>(metadata.annotations()), keyValues));
    return self();
  }

  /** Annotations merged into {@code metadata.annotations}. */
  public B annotations(Map<String, String> annotations) {
    metadata =
        metadata.withAnnotations(
            Pairs.putAll(new LinkedHashMap<>(metadata.annotations()), annotations));
    return self();
  }

  /** Appends to {@code metadata.finalizers}. */
  public B finalizers(String... finalizers) {
    List<String> list = new ArrayList<>(metadata.finalizers());
    list.addAll(List.of(finalizers));
    metadata = metadata.withFinalizers(list);
    return self();
  }

  /** Appends to {@code metadata.ownerReferences}. */
  public B ownerReference(OwnerReference ownerReference) {
    List<OwnerReference> list = new ArrayList<>(metadata.ownerReferences());
    list.add(Objects.requireNonNull(ownerReference, "ownerReference"));
    metadata = metadata.withOwnerReferences(list);
    return self();
  }

  /** Replaces the whole {@code metadata} (null becomes empty metadata). */
  public B metadata(ObjectMeta metadata) {
    this.metadata = metadata == null ? ObjectMeta.EMPTY : metadata;
    return self();
  }

  /** Escape hatch: edits {@code metadata} as a record, for fields without a method here. */
  public B metadata(UnaryOperator<ObjectMeta> edit) {
    return metadata(edit.apply(metadata));
  }

  /** {@return the metadata built so far} */
  protected final ObjectMeta meta() {
    return metadata;
  }

  /** Records whether the spec was given explicitly; a later {@link #present} keeps it. */
  final void specGiven(boolean given) {
    specGiven = given;
  }

  /**
   * {@return {@code spec}, or null when nothing set it}: a builder whose spec fields are all unset
   * builds a null spec, as a manifest without {@code spec} binds to one
   */
  final <S> S present(S spec, S unset) {
    return specGiven || !spec.equals(unset) ? spec : null;
  }

  @SuppressWarnings("unchecked")
  final B self() {
    return (B) this;
  }
}
