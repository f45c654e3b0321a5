package io.kubemu.model.core;

/**
 * A reference to any object (core/v1 ObjectReference), e.g. an Event's involvedObject, a PV's
 * claimRef or an endpoint's targetRef.
 *
 * @param fieldPath a path within the object, e.g. {@code spec.containers{nginx}}
 */
public record ObjectReference(
    String kind,
    String namespace,
    String name,
    String uid,
    String apiVersion,
    String resourceVersion,
    String fieldPath) {}
