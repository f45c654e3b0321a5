package io.kubemu.model.core;

/**
 * One downward API file; fieldRef or resourceFieldRef is set.
 *
 * @param path required
 */
public record DownwardAPIVolumeFile(
    String path,
    ObjectFieldSelector fieldRef,
    ResourceFieldSelector resourceFieldRef,
    Integer mode) {}
