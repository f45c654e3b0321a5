package io.kubemu.engine.api;

/**
 * How the garbage collector treats an object's dependents on deletion (metav1.DeletionPropagation).
 */
public enum PropagationPolicy {
  /** Dependents are orphaned: the {@code orphan} finalizer is added until the GC removes refs. */
  ORPHAN("Orphan"),
  /** The object is deleted at once; the GC deletes dependents afterwards. The default. */
  BACKGROUND("Background"),
  /** The {@code foregroundDeletion} finalizer holds the object until dependents are gone. */
  FOREGROUND("Foreground");

  private final String value;

  PropagationPolicy(String value) {
    this.value = value;
  }

  /** {@return the wire value, e.g. {@code Foreground}} */
  public String value() {
    return value;
  }
}
