package io.kubemu.model.core;

/**
 * A service account token in a projected volume.
 *
 * @param expirationSeconds defaults to 3600
 * @param path required
 */
public record ServiceAccountTokenProjection(String audience, Long expirationSeconds, String path) {}
