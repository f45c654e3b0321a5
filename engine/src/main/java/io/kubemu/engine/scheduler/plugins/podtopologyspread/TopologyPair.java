package io.kubemu.engine.scheduler.plugins.podtopologyspread;

/**
 * A topology domain: a node label key and value.
 *
 * @param key the topology key
 * @param value the label value
 */
record TopologyPair(String key, String value) {}
