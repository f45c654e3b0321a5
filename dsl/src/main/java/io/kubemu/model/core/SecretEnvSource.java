package io.kubemu.model.core;

/** A Secret whose keys become environment variables. */
public record SecretEnvSource(String name, Boolean optional) {}
