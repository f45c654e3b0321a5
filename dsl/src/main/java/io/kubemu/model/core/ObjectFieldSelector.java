package io.kubemu.model.core;

/**
 * A field of the pod (the downward API).
 *
 * @param apiVersion defaults to v1
 * @param fieldPath required, e.g. {@code metadata.labels['app']}
 */
public record ObjectFieldSelector(String apiVersion, String fieldPath) {}
