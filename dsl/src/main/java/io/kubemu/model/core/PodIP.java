package io.kubemu.model.core;

/** An IP of the pod. */
public record PodIP(String ip) {}
