package io.kubemu.engine.api;

import io.kubemu.model.KubernetesObject;

/**
 * Receives watch events, one at a time, on the event loop (never inside the write that caused
 * them). A handler may write to the {@link ApiServer}; the events of those writes come later.
 *
 * @param <T> the object type
 */
@FunctionalInterface
public interface WatchHandler<T extends KubernetesObject> {
  void onEvent(WatchEvent<T> event);
}
