package io.kubemu.model.core;

/**
 * Hooks run after a container starts and before it stops (core/v1 Lifecycle).
 *
 * @param postStart runs right after the container is created; if it fails the container is killed
 * @param preStop runs before the container is terminated; counts against the grace period
 */
public record Lifecycle(LifecycleHandler postStart, LifecycleHandler preStop) {}
