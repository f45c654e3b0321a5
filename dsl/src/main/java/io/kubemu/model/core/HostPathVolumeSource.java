package io.kubemu.model.core;

/**
 * A file or directory on the node.
 *
 * @param path required
 * @param type "" (no check, the default), DirectoryOrCreate, Directory, FileOrCreate, File, Socket,
 *     CharDevice or BlockDevice
 */
public record HostPathVolumeSource(String path, String type) {}
