package io.kubemu.model.core;

/**
 * A raw block volume mapped into a container (core/v1 VolumeDevice).
 *
 * @param devicePath required
 * @param name required, the pod volume's name
 */
public record VolumeDevice(String devicePath, String name) {}
