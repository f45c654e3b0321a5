package io.kubemu.engine.api;

import io.kubemu.model.meta.FieldSelector;
import io.kubemu.model.meta.Selector;
import java.util.Objects;

/**
 * What a list or watch selects (metav1.ListOptions).
 *
 * @param namespace the namespace, or null for all namespaces (ignored for cluster-scoped kinds)
 * @param labelSelector never null; {@link Selector#everything()} by default
 * @param fieldSelector never null; {@link FieldSelector#everything()} by default
 */
public record ListOptions(String namespace, Selector labelSelector, FieldSelector fieldSelector) {

  public ListOptions {
    labelSelector = labelSelector == null ? Selector.everything() : labelSelector;
    fieldSelector = fieldSelector == null ? FieldSelector.everything() : fieldSelector;
  }

  /** {@return options selecting everything in every namespace} */
  public static ListOptions all() {
    return new ListOptions(null, null, null);
  }

  /** {@return options selecting everything in one namespace} */
  public static ListOptions inNamespace(String namespace) {
    return new ListOptions(Objects.requireNonNull(namespace), null, null);
  }

  /**
   * {@return these options with a label selector as {@code kubectl -l} takes it}
   *
   * @throws ApiException.BadRequest if the selector does not parse
   */
  public ListOptions labels(String selector) {
    try {
      return labels(Selector.parse(selector));
    } catch (IllegalArgumentException e) {
      throw new ApiException.BadRequest(e.getMessage());
    }
  }

  /** {@return these options with a label selector} */
  public ListOptions labels(Selector selector) {
    return new ListOptions(namespace, selector, fieldSelector);
  }

  /**
   * {@return these options with a field selector ({@code spec.nodeName=n1,status.phase!=Failed})}
   *
   * @throws ApiException.BadRequest if the selector does not parse
   */
  public ListOptions fields(String selector) {
    try {
      return fields(FieldSelector.parse(selector));
    } catch (IllegalArgumentException e) {
      throw new ApiException.BadRequest(e.getMessage());
    }
  }

  /** {@return these options with a field selector} */
  public ListOptions fields(FieldSelector selector) {
    return new ListOptions(namespace, labelSelector, selector);
  }
}
