package io.kubemu.engine.api;

import io.kubemu.model.KubernetesObject;

/**
 * An admission plugin: called by the {@link ApiServer} on every create, update, patch and status
 * write before anything is stored; first every plugin's {@link #admit} (mutating: defaulting), then
 * every plugin's {@link #validate} (validating). Any exception rejects the request and nothing is
 * stored. Register plugins with {@link AdmissionChain#register}.
 *
 * <p>Both methods default to doing nothing. Implementations run on the loop's thread.
 */
public interface Admission {

  /** The operation being admitted (admission.Operation). */
  enum Operation {
    CREATE,
    UPDATE
  }

  /**
   * The mutating phase: {@return the object to continue with (the request's object when nothing
   * changes)}. Must return an object of the same kind.
   */
  default KubernetesObject admit(AdmissionRequest request) {
    return request.object();
  }

  /**
   * The validating phase; throw {@link ApiException.Invalid} (or another {@link ApiException}) to
   * reject.
   */
  default void validate(AdmissionRequest request) {}
}
