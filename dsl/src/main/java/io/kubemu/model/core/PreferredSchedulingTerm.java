package io.kubemu.model.core;

/**
 * A weighted node preference.
 *
 * @param weight required, 1-100
 * @param preference required
 */
public record PreferredSchedulingTerm(Integer weight, NodeSelectorTerm preference) {}
