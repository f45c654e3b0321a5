/**
 * The simulated container filesystem: {@link io.kubemu.engine.runtime.fs.MemoryFileSystem} (one
 * tree of directories and files kept in memory), {@link
 * io.kubemu.engine.runtime.fs.ContainerFileSystem} (a container's view: its own root plus volumes
 * mounted at mount paths) and {@link io.kubemu.engine.runtime.fs.ImageFiles} (what an image ships
 * in its root).
 *
 * <p>Everything here is mutable runtime state, deterministic (sorted maps, no clock, no randomness)
 * and not thread-safe: the engine touches it from its single event-loop thread.
 */
package io.kubemu.engine.runtime.fs;
