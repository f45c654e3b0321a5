package io.kubemu.engine.scheduler.plugins.noderesources;

/**
 * A resource the node lacks for the pod. Mirrors noderesources.InsufficientResource (v1.30).
 *
 * @param resourceName e.g. cpu
 * @param reason e.g. "Insufficient cpu" or "Too many pods"
 * @param requested what the pod requests
 * @param used what the node's pods already request
 * @param capacity the node's allocatable
 */
public record InsufficientResource(
    String resourceName, String reason, long requested, long used, long capacity) {}
