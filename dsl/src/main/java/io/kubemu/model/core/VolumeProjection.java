package io.kubemu.model.core;

/** One source of a projected volume; exactly one is set. */
public record VolumeProjection(
    SecretProjection secret,
    DownwardAPIProjection downwardAPI,
    ConfigMapProjection configMap,
    ServiceAccountTokenProjection serviceAccountToken) {}
