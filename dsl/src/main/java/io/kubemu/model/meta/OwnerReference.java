package io.kubemu.model.meta;

/** A reference to an owning object (metav1.OwnerReference). */
public record OwnerReference(
    String apiVersion,
    String kind,
    String name,
    String uid,
    Boolean controller,
    Boolean blockOwnerDeletion) {}
