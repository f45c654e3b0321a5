package io.kubemu.engine.api;

import io.kubemu.model.KubernetesObject;

/**
 * The outcome of a delete.
 *
 * @param object the object after the call: the last stored state when {@code removed}, else the
 *     terminating object (deletionTimestamp set) still stored
 * @param removed whether the object is gone from the store
 * @param <T> the object type
 */
public record DeleteResult<T extends KubernetesObject>(T object, boolean removed) {}
