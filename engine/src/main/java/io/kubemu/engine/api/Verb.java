package io.kubemu.engine.api;

/** The kind of a write to the store, as recorded on the timeline. */
public enum Verb {
  CREATE("create"),
  UPDATE("update"),
  UPDATE_STATUS("updateStatus"),
  PATCH("patch"),
  PATCH_STATUS("patchStatus"),
  /** A delete request that left the object stored, terminating (deletionTimestamp set). */
  DELETE("delete"),
  /** The object left the store (a delete, an expired grace period or its last finalizer). */
  DELETED_FINAL("deleted-final");

  private final String text;

  Verb(String text) {
    this.text = text;
  }

  /** {@return the verb as printed: {@code create}, {@code updateStatus}, {@code deleted-final}} */
  public String text() {
    return text;
  }

  @Override
  public String toString() {
    return text;
  }
}
