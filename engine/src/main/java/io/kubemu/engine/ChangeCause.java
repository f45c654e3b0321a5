package io.kubemu.engine;

import io.kubemu.model.KubernetesObject;

/**
 * The {@code kubernetes.io/change-cause} annotation kubectl's {@code --record} wrote: the command
 * that made the change. The Deployment controller copies it to the new ReplicaSet, and {@code
 * rollout history} shows it.
 *
 * @param command e.g. {@code kubectl apply -f nginx-v1.12.yaml --record=true}
 */
public record ChangeCause(String command) {

  /** The annotation key. */
  public static final String ANNOTATION = "kubernetes.io/change-cause";

  /** {@return a change cause recording {@code command}} */
  public static ChangeCause record(String command) {
    return new ChangeCause(command);
  }

  /** {@return the object with the annotation set} */
  @SuppressWarnings("unchecked")
  public <T extends KubernetesObject> T applyTo(T object) {
    return (T) object.withMetadata(object.metadata().withAnnotation(ANNOTATION, command));
  }
}
