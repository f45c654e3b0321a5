package io.kubemu.dsl;

import io.kubemu.model.KubernetesObject;

/**
 * Anything that builds a top-level object, so that APIs can take a builder where they take an
 * object ({@code cluster.apply(deployment("web")...)}).
 *
 * @param <T> the object type
 */
@FunctionalInterface
public interface ObjectBuilder<T extends KubernetesObject> {

  /** {@return a new immutable object from the builder's current state} */
  T build();
}
