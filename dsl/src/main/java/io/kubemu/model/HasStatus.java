package io.kubemu.model;

/**
 * An object with a {@code status} subresource. The API server keeps status apart from spec: a spec
 * update never changes status and a status update never changes spec.
 *
 * @param <S> the status record type
 */
public interface HasStatus<S> extends KubernetesObject {

  /** {@return the status, or null before any controller wrote one} */
  S status();

  /** {@return a copy of this object with the given status} */
  HasStatus<S> withStatus(S status);
}
