package io.kubemu.model.core;

/**
 * A key of a ConfigMap.
 *
 * @param key required
 * @param name the ConfigMap's name
 */
public record ConfigMapKeySelector(String key, String name, Boolean optional) {}
