package io.kubemu.engine.api;

import io.kubemu.model.Kind;
import io.kubemu.model.KubernetesObject;

/**
 * What an {@link Admission} plugin sees (admission.Attributes).
 *
 * @param operation CREATE or UPDATE (a patch is an UPDATE, as in Kubernetes)
 * @param subresource "" for the main resource, {@code "status"} for status writes
 * @param kind the object's kind
 * @param object the object to be stored (after earlier plugins' mutations); on CREATE its name may
 *     still be empty when it has a generateName (the server generates names after mutation)
 * @param oldObject the stored object on UPDATE, null on CREATE
 */
public record AdmissionRequest(
    Admission.Operation operation,
    String subresource,
    Kind kind,
    KubernetesObject object,
    KubernetesObject oldObject) {

  /** {@return whether this is a status subresource write} */
  public boolean isStatus() {
    return "status".equals(subresource);
  }

  /** {@return this request with another object} */
  public AdmissionRequest withObject(KubernetesObject object) {
    return new AdmissionRequest(operation, subresource, kind, object, oldObject);
  }
}
