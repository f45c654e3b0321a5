package io.kubemu.model.core;

/** A ConfigMap whose keys become environment variables. */
public record ConfigMapEnvSource(String name, Boolean optional) {}
