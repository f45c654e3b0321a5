package io.kubemu.dsl;

import io.kubemu.model.KubernetesObject;
import io.kubemu.model.core.PodTemplateSpec;
import io.kubemu.model.meta.LabelSelector;
import java.util.function.UnaryOperator;

/**
 * The {@code spec.selector} and {@code spec.template} parts shared by the builders of the workload
 * kinds (Deployment, ReplicaSet, DaemonSet, StatefulSet, Job). Mutable, not thread-safe.
 *
 * @param <T> the object built
 * @param <B> the concrete builder
 */
public abstract class AbstractWorkloadBuilder<
        T extends KubernetesObject, B extends AbstractWorkloadBuilder<T, B>>
    extends AbstractObjectBuilder<T, B> {

  LabelSelector selector;
  PodTemplateSpec template;

  AbstractWorkloadBuilder() {}

  /**
   * {@code spec.selector.matchLabels}, as key-value pairs; replaces the selector.
   *
   * <pre>{@code selector: {matchLabels: {app: web}}  ->  .selector("app", "web")}</pre>
   */
  public B selector(String... matchLabels) {
    selector = LabelSelector.of(Pairs.map(matchLabels));
    return self();
  }

  /** {@code spec.selector}, with matchExpressions; replaces the selector. */
  public B selector(LabelSelectorBuilder selector) {
    this.selector = selector.build();
    return self();
  }

  /** {@code spec.selector}; replaces the selector. */
  public B selector(LabelSelector selector) {
    this.selector = selector;
    return self();
  }

  /**
   * {@code spec.template}, built from {@code pod()} (its metadata and spec; a status is ignored);
   * replaces the template.
   */
  public B template(PodBuilder template) {
    this.template = template.buildTemplate();
    return self();
  }

  /** {@code spec.template}; replaces the template. */
  public B template(PodTemplateSpec template) {
    this.template = template;
    return self();
  }

  /**
   * Escape hatch: edits {@code spec.template} as a record (an unset template is passed as an empty
   * one).
   */
  public B template(UnaryOperator<PodTemplateSpec> edit) {
    this.template = edit.apply(template == null ? new PodTemplateSpec(null, null) : template);
    return self();
  }

  /**
   * Sets the image of the template's container (or init container) {@code container}, as {@code
   * kubectl set image} does.
   *
   * @throws IllegalArgumentException if the template has no such container
   */
  public B withImage(String container, String image) {
    this.template = Templates.withImage(template, container, image);
    return self();
  }
}
