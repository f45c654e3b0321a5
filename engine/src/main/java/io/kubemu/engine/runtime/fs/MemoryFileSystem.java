package io.kubemu.engine.runtime.fs;

import io.kubemu.engine.runtime.fs.FsException.Errno;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * One tree of directories and files in memory, keyed by normalised absolute path in a {@link
 * TreeMap} so that listings and iteration are sorted and deterministic. The root {@code /} always
 * exists. Used for a container's own root and for volumes (an emptyDir shared by the containers of
 * a pod is one {@code MemoryFileSystem} mounted into each of their {@link ContainerFileSystem}s).
 *
 * <p>Mutable and not thread-safe. No timestamps, owners or permissions are kept.
 */
public final class MemoryFileSystem implements FileSystemView {
  /** What {@link #size} reports for a directory. */
  static final long DIRECTORY_SIZE = 4096;

  private sealed interface Node permits Directory, RegularFile {}

  private enum Directory implements Node {
    INSTANCE
  }

  private static final class RegularFile implements Node {
    private byte[] data;

    RegularFile(byte[] data) {
      this.data = data;
    }
  }

  private final TreeMap<String, Node> nodes = new TreeMap<>();
  private long modificationCount;

  /** An empty filesystem: only the root directory. */
  public MemoryFileSystem() {
    nodes.put(FsPaths.ROOT, Directory.INSTANCE);
  }

  @Override
  public boolean exists(String path) {
    return nodes.containsKey(FsPaths.normalize(path));
  }

  @Override
  public boolean isFile(String path) {
    return nodes.get(FsPaths.normalize(path)) instanceof RegularFile;
  }

  @Override
  public boolean isDirectory(String path) {
    return nodes.get(FsPaths.normalize(path)) instanceof Directory;
  }

  @Override
  public long size(String path) {
    String p = FsPaths.normalize(path);
    Node node = nodes.get(p);
    if (node == null) {
      throw new FsException(Errno.ENOENT, p);
    }
    return node instanceof RegularFile f ? f.data.length : DIRECTORY_SIZE;
  }

  @Override
  public byte[] read(String path) {
    return file(FsPaths.normalize(path)).data.clone();
  }

  @Override
  public void write(String path, byte[] data) {
    String p = FsPaths.normalize(path);
    Node node = nodes.get(p);
    if (node instanceof RegularFile f) {
      f.data = data.clone();
    } else {
      createFile(p, node).data = data.clone();
    }
    modificationCount++;
  }

  @Override
  public void append(String path, byte[] data) {
    String p = FsPaths.normalize(path);
    Node node = nodes.get(p);
    RegularFile f = node instanceof RegularFile rf ? rf : createFile(p, node);
    byte[] joined = Arrays.copyOf(f.data, f.data.length + data.length);
    System.arraycopy(data, 0, joined, f.data.length, data.length);
    f.data = joined;
    modificationCount++;
  }

  @Override
  public void createDirectory(String path) {
    String p = FsPaths.normalize(path);
    if (nodes.containsKey(p)) {
      throw new FsException(Errno.EEXIST, p);
    }
    requireParentDirectory(p);
    nodes.put(p, Directory.INSTANCE);
    modificationCount++;
  }

  @Override
  public void createDirectories(String path) {
    String p = FsPaths.normalize(path);
    Node node = nodes.get(p);
    if (node instanceof Directory) {
      return;
    }
    if (node != null) {
      throw new FsException(Errno.EEXIST, p);
    }
    String parent = FsPaths.parent(p);
    if (nodes.get(parent) instanceof RegularFile) {
      throw new FsException(Errno.ENOTDIR, parent);
    }
    createDirectories(parent);
    nodes.put(p, Directory.INSTANCE);
    modificationCount++;
  }

  @Override
  public void delete(String path, boolean recursive) {
    String p = FsPaths.normalize(path);
    Node node = nodes.get(p);
    if (node == null) {
      throw new FsException(Errno.ENOENT, p);
    }
    if (p.equals(FsPaths.ROOT)) {
      throw new FsException(Errno.EBUSY, p);
    }
    if (node instanceof Directory) {
      NavigableMap<String, Node> below = descendants(p);
      if (!below.isEmpty() && !recursive) {
        throw new FsException(Errno.ENOTEMPTY, p);
      }
      below.clear();
    }
    nodes.remove(p);
    modificationCount++;
  }

  @Override
  public List<String> list(String path) {
    String p = FsPaths.normalize(path);
    Node node = nodes.get(p);
    if (node == null) {
      throw new FsException(Errno.ENOENT, p);
    }
    if (!(node instanceof Directory)) {
      throw new FsException(Errno.ENOTDIR, p);
    }
    int prefix = p.equals(FsPaths.ROOT) ? 1 : p.length() + 1;
    List<String> names = new ArrayList<>();
    for (String key : descendants(p).keySet()) {
      if (key.indexOf('/', prefix) < 0) {
        names.add(key.substring(prefix));
      }
    }
    names.sort(null);
    return names;
  }

  @Override
  public long modificationCount() {
    return modificationCount;
  }

  /**
   * Every path at or below {@code path}, sorted, the directory itself first; empty when nothing
   * exists there.
   */
  public List<String> walk(String path) {
    String p = FsPaths.normalize(path);
    if (!nodes.containsKey(p)) {
      return List.of();
    }
    List<String> paths = new ArrayList<>();
    paths.add(p);
    paths.addAll(descendants(p).keySet());
    return paths;
  }

  /**
   * A sorted copy of every file's content as UTF-8 text, by path (directories left out): handy for
   * tests and debugging.
   */
  public Map<String, String> files() {
    Map<String, String> files = new TreeMap<>();
    nodes.forEach(
        (path, node) -> {
          if (node instanceof RegularFile f) {
            files.put(path, new String(f.data, StandardCharsets.UTF_8));
          }
        });
    return files;
  }

  private NavigableMap<String, Node> descendants(String dir) {
    if (dir.equals(FsPaths.ROOT)) {
      return nodes.tailMap(FsPaths.ROOT, false);
    }
    // '0' is the character after '/', so [dir + "/", dir + "0") holds exactly the paths below dir.
    return nodes.subMap(dir + "/", true, dir + "0", false);
  }

  private RegularFile file(String p) {
    Node node = nodes.get(p);
    if (node == null) {
      requireParentDirectory(p);
      throw new FsException(Errno.ENOENT, p);
    }
    if (node instanceof RegularFile f) {
      return f;
    }
    throw new FsException(Errno.EISDIR, p);
  }

  private RegularFile createFile(String p, Node existing) {
    if (existing instanceof Directory) {
      throw new FsException(Errno.EISDIR, p);
    }
    requireParentDirectory(p);
    RegularFile f = new RegularFile(new byte[0]);
    nodes.put(p, f);
    return f;
  }

  /** ENOENT when the parent is missing, ENOTDIR when the parent (or one above it) is a file. */
  private void requireParentDirectory(String p) {
    String parent = FsPaths.parent(p);
    Node node = nodes.get(parent);
    if (node instanceof Directory) {
      return;
    }
    // Linux reports ENOTDIR when any component on the way is a file, ENOENT when one is missing.
    for (String dir = parent; !dir.equals(FsPaths.ROOT); dir = FsPaths.parent(dir)) {
      if (nodes.get(dir) instanceof RegularFile) {
        throw new FsException(Errno.ENOTDIR, p);
      }
    }
    throw new FsException(Errno.ENOENT, p);
  }
}
