package io.kubemu.engine.api;

import io.kubemu.model.Kind;
import io.kubemu.model.KubernetesObject;
import java.time.Instant;

/**
 * One committed write to the store.
 *
 * @param time the virtual time of the write
 * @param verb what happened
 * @param kind the object's kind
 * @param object the object as stored by this write (for {@link Verb#DELETED_FINAL} its last state,
 *     carrying the resourceVersion of the removal)
 */
public record Write(Instant time, Verb verb, Kind kind, KubernetesObject object) {

  /** {@return {@code namespace/name}, or {@code name} for cluster-scoped objects} */
  public String key() {
    return object.key();
  }

  /** {@return the resourceVersion of this write} */
  public String resourceVersion() {
    return object.metadata().resourceVersion();
  }
}
