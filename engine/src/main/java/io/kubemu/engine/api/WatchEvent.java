package io.kubemu.engine.api;

import io.kubemu.model.KubernetesObject;

/**
 * One watch notification (watch.Event).
 *
 * @param type ADDED, MODIFIED or DELETED
 * @param object the object (for DELETED its last state, with the deletion's resourceVersion)
 * @param <T> the object type
 */
public record WatchEvent<T extends KubernetesObject>(Type type, T object) {

  /** The watch event type. */
  public enum Type {
    ADDED,
    MODIFIED,
    DELETED
  }

  /** {@return the resourceVersion of this event} */
  public String resourceVersion() {
    return object.metadata().resourceVersion();
  }
}
