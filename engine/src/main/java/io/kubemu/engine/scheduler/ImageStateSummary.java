package io.kubemu.engine.scheduler;

/**
 * An image present on a node. Mirrors framework.ImageStateSummary (v1.30).
 *
 * @param size the image size in bytes
 * @param numNodes how many nodes hold the image
 */
public record ImageStateSummary(long size, int numNodes) {}
