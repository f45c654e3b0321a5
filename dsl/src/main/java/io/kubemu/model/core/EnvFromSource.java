package io.kubemu.model.core;

/**
 * A source of many environment variables: every key of a ConfigMap or Secret.
 *
 * @param prefix prepended to each key
 */
public record EnvFromSource(
    String prefix, ConfigMapEnvSource configMapRef, SecretEnvSource secretRef) {}
