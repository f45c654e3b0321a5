package io.kubemu.engine.runtime.fs;

import io.kubemu.engine.runtime.fs.FsException.Errno;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * What one container sees: its own root filesystem (from its image) with volumes mounted at mount
 * paths. Each path goes to the mount with the longest matching mount path, or to the root when no
 * mount matches; the same volume mounted into two containers of a pod shows each the other's
 * writes, as an emptyDir does.
 *
 * <p>The constructor creates the mount points (directories, or an empty file when a {@code subPath}
 * names a file) in the filesystem that holds them, and a missing {@code subPath} directory in the
 * volume, as the kubelet does. Mount points cannot be deleted ({@code EBUSY}); a recursive delete
 * of a directory holding a mount point fails with {@code EBUSY} and deletes nothing (Linux would
 * empty the volume first). Errors name the path as the container sees it.
 *
 * <p>Mutable, not thread-safe, deterministic.
 */
public final class ContainerFileSystem implements FileSystemView {
  private final MemoryFileSystem root;
  private final List<Mount> mounts;

  /** Longest mount path first, so that the first match is the longest. */
  private final List<Mount> lookup;

  /** A container with its root only. */
  public ContainerFileSystem(MemoryFileSystem root) {
    this(root, List.of());
  }

  /**
   * A container with volumes mounted read-write at the given mount paths (iterated in the map's
   * order; pass a sorted or insertion-ordered map).
   */
  public ContainerFileSystem(MemoryFileSystem root, Map<String, MemoryFileSystem> volumes) {
    this(root, volumes.entrySet().stream().map(e -> Mount.of(e.getKey(), e.getValue())).toList());
  }

  /**
   * A container with the given mounts.
   *
   * @throws IllegalArgumentException when two mounts share a mount path
   */
  public ContainerFileSystem(MemoryFileSystem root, List<Mount> mounts) {
    this.root = root;
    List<Mount> sorted = new ArrayList<>(mounts);
    sorted.sort(Comparator.comparing(Mount::mountPath));
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i).mountPath().equals(sorted.get(i - 1).mountPath())) {
        throw new IllegalArgumentException("duplicate mountPath " + sorted.get(i).mountPath());
      }
    }
    this.mounts = List.copyOf(sorted);
    List<Mount> byLength = new ArrayList<>(sorted);
    byLength.sort(
        Comparator.comparingInt((Mount m) -> m.mountPath().length())
            .reversed()
            .thenComparing(Mount::mountPath));
    this.lookup = List.copyOf(byLength);
    // Shorter mount paths first, so that a mount point inside another volume is made in that
    // volume.
    List<Mount> outerFirst = new ArrayList<>(byLength);
    Collections.reverse(outerFirst);
    for (Mount m : outerFirst) {
      createMountPoint(m);
    }
  }

  /** The container's own root filesystem. */
  public MemoryFileSystem root() {
    return root;
  }

  /** The mounts, sorted by mount path. */
  public List<Mount> mounts() {
    return mounts;
  }

  @Override
  public boolean exists(String path) {
    Target t = target(path);
    return t.fs.exists(t.inner);
  }

  @Override
  public boolean isFile(String path) {
    Target t = target(path);
    return t.fs.isFile(t.inner);
  }

  @Override
  public boolean isDirectory(String path) {
    Target t = target(path);
    return t.fs.isDirectory(t.inner);
  }

  @Override
  public long size(String path) {
    Target t = target(path);
    try {
      return t.fs.size(t.inner);
    } catch (FsException e) {
      throw t.translate(e);
    }
  }

  @Override
  public byte[] read(String path) {
    Target t = target(path);
    try {
      return t.fs.read(t.inner);
    } catch (FsException e) {
      throw t.translate(e);
    }
  }

  @Override
  public void write(String path, byte[] data) {
    Target t = writable(path);
    try {
      t.fs.write(t.inner, data);
    } catch (FsException e) {
      throw t.translate(e);
    }
  }

  @Override
  public void append(String path, byte[] data) {
    Target t = writable(path);
    try {
      t.fs.append(t.inner, data);
    } catch (FsException e) {
      throw t.translate(e);
    }
  }

  @Override
  public void createDirectory(String path) {
    Target t = target(path);
    if (t.fs.exists(t.inner)) {
      throw new FsException(Errno.EEXIST, t.outer);
    }
    t = writable(path);
    try {
      t.fs.createDirectory(t.inner);
    } catch (FsException e) {
      throw t.translate(e);
    }
  }

  @Override
  public void createDirectories(String path) {
    Target t = target(path);
    if (t.fs.isDirectory(t.inner)) {
      return;
    }
    t = writable(path);
    try {
      t.fs.createDirectories(t.inner);
    } catch (FsException e) {
      throw t.translate(e);
    }
  }

  @Override
  public void delete(String path, boolean recursive) {
    String p = FsPaths.normalize(path);
    Target t = target(p);
    if (!t.fs.exists(t.inner)) {
      throw new FsException(Errno.ENOENT, p);
    }
    for (Mount m : mounts) {
      if (m.mountPath().equals(p) || (recursive && FsPaths.isAtOrUnder(m.mountPath(), p))) {
        throw new FsException(Errno.EBUSY, m.mountPath());
      }
    }
    t = writable(p);
    try {
      t.fs.delete(t.inner, recursive);
    } catch (FsException e) {
      throw t.translate(e);
    }
  }

  @Override
  public List<String> list(String path) {
    Target t = target(path);
    try {
      return t.fs.list(t.inner);
    } catch (FsException e) {
      throw t.translate(e);
    }
  }

  @Override
  public long modificationCount() {
    long count = root.modificationCount();
    for (int i = 0; i < mounts.size(); i++) {
      MemoryFileSystem volume = mounts.get(i).volume();
      boolean seen = volume == root;
      for (int j = 0; j < i && !seen; j++) {
        seen = mounts.get(j).volume() == volume;
      }
      if (!seen) {
        count += volume.modificationCount();
      }
    }
    return count;
  }

  /** Where a container path lives: the filesystem holding it and the path inside that one. */
  private record Target(MemoryFileSystem fs, String inner, String outer, Mount mount) {

    /** Rewrites an error about a path inside the volume into the container's path. */
    FsException translate(FsException e) {
      if (mount == null) {
        return e;
      }
      String volumePath = mount.volumePath();
      if (!FsPaths.isAtOrUnder(e.path(), volumePath)) {
        return new FsException(e.errno(), outer);
      }
      String rel = FsPaths.relativize(volumePath, e.path());
      return new FsException(e.errno(), FsPaths.join(mount.mountPath(), rel));
    }
  }

  private Target target(String path) {
    return target(path, null);
  }

  /** Routes {@code path} to the longest matching mount other than {@code skip}. */
  private Target target(String path, Mount skip) {
    String p = FsPaths.normalize(path);
    for (Mount m : lookup) {
      if (m != skip && FsPaths.isAtOrUnder(p, m.mountPath())) {
        String rel = FsPaths.relativize(m.mountPath(), p);
        return new Target(m.volume(), FsPaths.join(m.volumePath(), rel), p, m);
      }
    }
    return new Target(root, p, p, null);
  }

  private Target writable(String path) {
    Target t = target(path);
    if (t.mount != null && t.mount.readOnly()) {
      throw new FsException(Errno.EROFS, t.outer);
    }
    return t;
  }

  private void createMountPoint(Mount m) {
    MemoryFileSystem volume = m.volume();
    if (!volume.exists(m.volumePath())) {
      volume.createDirectories(m.volumePath());
    }
    // The mount point lives in whatever holds its parent: the root or an enclosing mount.
    Target holder = target(m.mountPath(), m);
    if (holder.fs.exists(holder.inner)) {
      return;
    }
    holder.fs.createDirectories(FsPaths.parent(holder.inner));
    if (volume.isFile(m.volumePath())) {
      holder.fs.write(holder.inner, new byte[0]);
    } else {
      holder.fs.createDirectory(holder.inner);
    }
  }
}
