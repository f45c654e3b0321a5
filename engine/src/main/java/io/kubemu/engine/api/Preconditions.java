package io.kubemu.engine.api;

/**
 * Preconditions of a delete (metav1.Preconditions): the stored object must have this uid and/or
 * resourceVersion, else the delete fails with a Conflict.
 *
 * @param uid required uid, or null
 * @param resourceVersion required resourceVersion, or null
 */
public record Preconditions(String uid, String resourceVersion) {

  /** {@return a uid precondition} */
  public static Preconditions uid(String uid) {
    return new Preconditions(uid, null);
  }

  /** {@return a resourceVersion precondition} */
  public static Preconditions resourceVersion(String resourceVersion) {
    return new Preconditions(null, resourceVersion);
  }
}
