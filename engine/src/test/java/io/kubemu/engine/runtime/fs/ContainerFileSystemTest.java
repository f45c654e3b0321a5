package io.kubemu.engine.runtime.fs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kubemu.engine.runtime.fs.FsException.Errno;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ContainerFileSystemTest {

  @Test
  void emptyDirIsSharedBetweenTheContainersOfAPod() {
    MemoryFileSystem cache = new MemoryFileSystem();
    ContainerFileSystem writer =
        new ContainerFileSystem(ImageFiles.rootFor("busybox"), Map.of("/cache", cache));
    ContainerFileSystem reader =
        new ContainerFileSystem(
            ImageFiles.rootFor("nginx"), Map.of("/usr/share/nginx/html", cache));

    writer.write("/cache/index.html", "hello");

    assertThat(reader.readString("/usr/share/nginx/html/index.html")).isEqualTo("hello");
    assertThat(cache.readString("/index.html")).isEqualTo("hello");
    // each container keeps its own root
    writer.write("/tmp/only-writer", "x");
    assertThat(reader.exists("/tmp/only-writer")).isFalse();
    // the image's index.html is hidden under the mount, as on Linux
    assertThat(reader.list("/usr/share/nginx/html")).containsExactly("index.html");
    assertThat(reader.root().readString("/usr/share/nginx/html/index.html")).contains("nginx");
  }

  @Test
  void longestMountWins() {
    MemoryFileSystem data = new MemoryFileSystem();
    MemoryFileSystem cache = new MemoryFileSystem();
    Map<String, MemoryFileSystem> mounts = new TreeMap<>();
    mounts.put("/data", data);
    mounts.put("/data/cache", cache);
    ContainerFileSystem fs = new ContainerFileSystem(new MemoryFileSystem(), mounts);

    fs.write("/data/a", "A");
    fs.write("/data/cache/b", "B");
    fs.write("/database", "root");

    assertThat(data.files()).containsOnlyKeys("/a");
    assertThat(cache.files()).containsOnlyKeys("/b");
    assertThat(fs.root().files()).containsOnlyKeys("/database");
    // the inner mount point was created in the outer volume
    assertThat(data.isDirectory("/cache")).isTrue();
    assertThat(fs.list("/data")).containsExactly("a", "cache");
    assertThat(fs.list("/")).containsExactly("data", "database");
  }

  @Test
  void subPathMountsAPartOfTheVolume() {
    MemoryFileSystem volume = new MemoryFileSystem();
    ContainerFileSystem fs =
        new ContainerFileSystem(
            new MemoryFileSystem(),
            List.of(new Mount("/var/log/app", volume, "pod-a/logs", false)));

    fs.append("/var/log/app/out.log", "line\n");

    assertThat(volume.files()).containsOnlyKeys("/pod-a/logs/out.log");
    assertThat(fs.exists("/var/log/app/out.log")).isTrue();
  }

  @Test
  void subPathNamingAFileMountsThatFile() {
    MemoryFileSystem config = new MemoryFileSystem();
    config.write("/nginx.conf", "worker_processes 1;");
    ContainerFileSystem fs =
        new ContainerFileSystem(
            ImageFiles.rootFor("nginx"),
            List.of(new Mount("/etc/nginx/nginx.conf", config, "nginx.conf", true)));

    assertThat(fs.isFile("/etc/nginx/nginx.conf")).isTrue();
    assertThat(fs.readString("/etc/nginx/nginx.conf")).isEqualTo("worker_processes 1;");
    assertThat(fs.list("/etc/nginx")).containsExactly("conf.d", "nginx.conf");
  }

  @Test
  void readOnlyMountRejectsWritesWithEROFS() {
    MemoryFileSystem config = new MemoryFileSystem();
    config.write("/app.properties", "a=1");
    ContainerFileSystem fs =
        new ContainerFileSystem(
            new MemoryFileSystem(), List.of(Mount.of("/config", config).asReadOnly()));

    assertThat(fs.readString("/config/app.properties")).isEqualTo("a=1");
    assertThatThrownBy(() -> fs.write("/config/app.properties", "a=2"))
        .isInstanceOfSatisfying(
            FsException.class,
            e -> {
              assertThat(e.errno()).isEqualTo(Errno.EROFS);
              assertThat(e.path()).isEqualTo("/config/app.properties");
            });
    assertThatThrownBy(() -> fs.delete("/config/app.properties", false))
        .hasMessage("/config/app.properties: Read-only file system");
    assertThat(config.readString("/app.properties")).isEqualTo("a=1");
  }

  @Test
  void mountPointsCannotBeRemoved() {
    MemoryFileSystem volume = new MemoryFileSystem();
    volume.write("/f", "x");
    ContainerFileSystem fs =
        new ContainerFileSystem(new MemoryFileSystem(), Map.of("/srv/data", volume));

    assertThatThrownBy(() -> fs.delete("/srv/data", true))
        .hasMessage("/srv/data: Device or resource busy");
    assertThatThrownBy(() -> fs.delete("/srv", true))
        .hasMessage("/srv/data: Device or resource busy");
    assertThat(volume.exists("/f")).isTrue();
    fs.delete("/srv/data/f", false);
    assertThat(volume.exists("/f")).isFalse();
  }

  @Test
  void errorsNameTheContainerPath() {
    MemoryFileSystem volume = new MemoryFileSystem();
    ContainerFileSystem fs =
        new ContainerFileSystem(
            new MemoryFileSystem(), List.of(new Mount("/data", volume, "sub", false)));

    assertThatThrownBy(() -> fs.read("/data/missing"))
        .isInstanceOfSatisfying(
            FsException.class, e -> assertThat(e.path()).isEqualTo("/data/missing"));
    assertThatThrownBy(() -> fs.write("/data/no/such/file", "x"))
        .hasMessage("/data/no/such/file: No such file or directory");
  }

  @Test
  void modificationCountCoversTheVolumes() {
    MemoryFileSystem volume = new MemoryFileSystem();
    ContainerFileSystem fs = new ContainerFileSystem(new MemoryFileSystem(), Map.of("/v", volume));
    long before = fs.modificationCount();
    volume.write("/x", "written by another container");
    assertThat(fs.modificationCount()).isGreaterThan(before);
  }

  @Test
  void rejectsBadMounts() {
    MemoryFileSystem v = new MemoryFileSystem();
    assertThatThrownBy(() -> Mount.of("relative", v)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Mount.of("/", v)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Mount("/m", v, "../escape", false))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                new ContainerFileSystem(
                    new MemoryFileSystem(), List.of(Mount.of("/m", v), Mount.of("/m/", v))))
        .hasMessage("duplicate mountPath /m");
  }
}
