package io.kubemu.model.core;

/**
 * A header of an HTTP probe or hook.
 *
 * @param name required
 * @param value required
 */
public record HTTPHeader(String name, String value) {}
