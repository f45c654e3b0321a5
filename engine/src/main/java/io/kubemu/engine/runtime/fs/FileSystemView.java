package io.kubemu.engine.runtime.fs;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The operations the shell, exec probes, hooks and the simulated HTTP file server use on a
 * container's files. Implemented by {@link MemoryFileSystem} (one tree) and {@link
 * ContainerFileSystem} (a root with mounted volumes).
 *
 * <p>Paths are absolute; they are normalised first ({@code //}, {@code .} and {@code ..}), and a
 * relative path is taken relative to {@code /}. Failures throw {@link FsException} with the Linux
 * error ({@code ENOENT}, {@code EISDIR}, ...). Text is UTF-8.
 */
public interface FileSystemView {

  /** Whether anything (file or directory) exists at {@code path}. */
  boolean exists(String path);

  /** Whether {@code path} is a regular file. */
  boolean isFile(String path);

  /** Whether {@code path} is a directory. */
  boolean isDirectory(String path);

  /**
   * The size in bytes of a file; a directory reports 4096 (as ext4 does for small directories).
   *
   * @throws FsException ENOENT when nothing exists there
   */
  long size(String path);

  /**
   * The content of a file.
   *
   * @throws FsException ENOENT when missing, EISDIR for a directory
   */
  byte[] read(String path);

  /** The content of a file as UTF-8 text; see {@link #read}. */
  default String readString(String path) {
    return new String(read(path), StandardCharsets.UTF_8);
  }

  /**
   * Creates or truncates a file and writes {@code data}.
   *
   * @throws FsException ENOENT when the parent directory is missing, ENOTDIR when a parent is a
   *     file, EISDIR when {@code path} is a directory, EROFS on a read-only mount
   */
  void write(String path, byte[] data);

  /** Writes UTF-8 text; see {@link #write(String, byte[])}. */
  default void write(String path, String text) {
    write(path, text.getBytes(StandardCharsets.UTF_8));
  }

  /** Appends to a file, creating it when missing; errors as {@link #write(String, byte[])}. */
  void append(String path, byte[] data);

  /** Appends UTF-8 text; see {@link #append(String, byte[])}. */
  default void append(String path, String text) {
    append(path, text.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Creates one directory ({@code mkdir}).
   *
   * @throws FsException EEXIST when something exists there, ENOENT when the parent is missing
   */
  void createDirectory(String path);

  /**
   * Creates a directory and its missing parents ({@code mkdir -p}); nothing happens when the
   * directory exists.
   *
   * @throws FsException EEXIST or ENOTDIR when a file is in the way
   */
  void createDirectories(String path);

  /**
   * Deletes a file, or a directory: an empty one, or with everything below when {@code recursive}.
   *
   * @throws FsException ENOENT when missing, ENOTEMPTY for a non-empty directory without {@code
   *     recursive}, EBUSY for the root or a mount point, EROFS on a read-only mount
   */
  void delete(String path, boolean recursive);

  /**
   * The names of a directory's entries, sorted by their UTF-16 order (the C locale's {@code ls}).
   *
   * @throws FsException ENOENT when missing, ENOTDIR for a file
   */
  List<String> list(String path);

  /**
   * A counter that grows with every change to the files seen through this view. The shell uses it
   * to tell a busy loop that changes nothing from one that does.
   */
  long modificationCount();
}
