package io.kubemu.model.core;

/**
 * A container not yet running.
 *
 * @param reason e.g. ContainerCreating, ErrImagePull, ImagePullBackOff, CrashLoopBackOff
 */
public record ContainerStateWaiting(String reason, String message) {}
