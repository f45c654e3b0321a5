package io.kubemu.model.core;

/** An IP of the pod's node. */
public record HostIP(String ip) {}
