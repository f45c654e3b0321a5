package io.kubemu.engine.scheduler.plugins.noderesources;

/**
 * A resource a scoring strategy looks at, with its weight. Mirrors config.ResourceSpec (v1.30).
 *
 * @param name the resource name (cpu, memory, ...)
 * @param weight its weight in the node score
 */
public record ResourceSpec(String name, long weight) {}
