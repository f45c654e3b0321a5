package io.kubemu.model.core;

/** The nodes a volume can be used from. */
public record VolumeNodeAffinity(NodeSelector required) {}
