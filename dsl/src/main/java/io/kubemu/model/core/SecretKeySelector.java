package io.kubemu.model.core;

/**
 * A key of a Secret.
 *
 * @param key required
 * @param name the Secret's name
 */
public record SecretKeySelector(String key, String name, Boolean optional) {}
