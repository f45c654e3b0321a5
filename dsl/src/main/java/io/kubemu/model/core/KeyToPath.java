package io.kubemu.model.core;

/**
 * A key projected to a relative file path.
 *
 * @param key required
 * @param path required, relative, without {@code ..}
 * @param mode file mode bits; defaults to the volume's defaultMode
 */
public record KeyToPath(String key, String path, Integer mode) {}
