package io.kubemu.model.core;

/**
 * The component (and host) reporting an event.
 *
 * @param component e.g. {@code kubelet}
 * @param host the node name, for kubelet events
 */
public record EventSource(String component, String host) {}
