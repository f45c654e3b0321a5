package io.kubemu.model.core;

/**
 * Sleep for a number of seconds (a lifecycle hook).
 *
 * @param seconds required
 */
public record SleepAction(Long seconds) {}
