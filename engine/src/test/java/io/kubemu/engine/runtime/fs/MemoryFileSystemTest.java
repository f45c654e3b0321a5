package io.kubemu.engine.runtime.fs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kubemu.engine.runtime.fs.FsException.Errno;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MemoryFileSystemTest {
  private final MemoryFileSystem fs = new MemoryFileSystem();

  @Test
  void rootAlwaysExists() {
    assertThat(fs.isDirectory("/")).isTrue();
    assertThat(fs.list("/")).isEmpty();
    assertThat(fs.exists("/tmp")).isFalse();
  }

  @Test
  void writeReadAppendAndSize() {
    fs.createDirectory("/tmp");
    fs.write("/tmp/health", "abc\n");
    assertThat(fs.readString("//tmp/./health")).isEqualTo("abc\n");
    fs.append("/tmp/health", "def\n");
    assertThat(fs.readString("/tmp/health")).isEqualTo("abc\ndef\n");
    assertThat(fs.size("/tmp/health")).isEqualTo(8);
    assertThat(fs.size("/tmp")).isEqualTo(4096);
    fs.write("/tmp/health", "x");
    assertThat(fs.readString("/tmp/health")).isEqualTo("x");
    fs.append("/tmp/new", "created");
    assertThat(fs.isFile("/tmp/new")).isTrue();
  }

  @Test
  void readReturnsACopy() {
    fs.write("/f", "abc");
    byte[] data = fs.read("/f");
    data[0] = 'X';
    assertThat(fs.readString("/f")).isEqualTo("abc");
  }

  @Test
  void createDirectoriesIsMkdirDashP() {
    fs.createDirectories("/usr/share/nginx/html");
    fs.createDirectories("/usr/share/nginx/html");
    assertThat(fs.isDirectory("/usr")).isTrue();
    assertThat(fs.isDirectory("/usr/share/nginx")).isTrue();
    assertThat(fs.list("/usr/share")).containsExactly("nginx");
  }

  @Test
  void listsDirectChildrenSortedOnly() {
    fs.createDirectories("/a/x/deep");
    fs.write("/a.b", "");
    fs.write("/a/z", "");
    fs.write("/a/B", "");
    fs.write("/a/x/deep/file", "");
    fs.write("/b", "");
    assertThat(fs.list("/")).containsExactly("a", "a.b", "b");
    assertThat(fs.list("/a")).containsExactly("B", "x", "z");
  }

  @Test
  void recursiveDeleteRemovesOnlyTheSubtree() {
    fs.createDirectories("/data/sub");
    fs.write("/data/sub/f", "1");
    fs.write("/data.txt", "keep");
    fs.write("/database", "keep");
    fs.delete("/data", true);
    assertThat(fs.exists("/data")).isFalse();
    assertThat(fs.exists("/data/sub/f")).isFalse();
    assertThat(fs.files()).containsOnlyKeys("/data.txt", "/database");
  }

  @Test
  void walkListsEverythingBelowInOrder() {
    fs.createDirectories("/a/b");
    fs.write("/a/b/c", "");
    fs.write("/a/a", "");
    assertThat(fs.walk("/a")).containsExactly("/a", "/a/a", "/a/b", "/a/b/c");
    assertThat(fs.walk("/missing")).isEmpty();
  }

  @Test
  void modificationCountGrowsWithEveryChange() {
    long before = fs.modificationCount();
    fs.write("/f", "1");
    fs.append("/f", "2");
    fs.createDirectory("/d");
    fs.delete("/f", false);
    fs.createDirectories("/d"); // exists: no change
    assertThat(fs.modificationCount()).isEqualTo(before + 4);
    fs.exists("/d");
    fs.list("/");
    assertThat(fs.modificationCount()).isEqualTo(before + 4);
  }

  static Stream<Arguments> errors() {
    return Stream.<Arguments>of(
        Arguments.of(
            "read missing",
            (Consumer<MemoryFileSystem>) f -> f.read("/tmp/x"),
            Errno.ENOENT,
            "/tmp/x"),
        Arguments.of(
            "read directory",
            (Consumer<MemoryFileSystem>) f -> f.read("/tmp"),
            Errno.EISDIR,
            "/tmp"),
        Arguments.of(
            "read through a file",
            (Consumer<MemoryFileSystem>) f -> f.read("/tmp/file/x"),
            Errno.ENOTDIR,
            "/tmp/file/x"),
        Arguments.of(
            "write without parent",
            (Consumer<MemoryFileSystem>) f -> f.write("/nope/x", "1"),
            Errno.ENOENT,
            "/nope/x"),
        Arguments.of(
            "write over directory",
            (Consumer<MemoryFileSystem>) f -> f.write("/tmp", "1"),
            Errno.EISDIR,
            "/tmp"),
        Arguments.of(
            "write below a file",
            (Consumer<MemoryFileSystem>) f -> f.write("/tmp/file/x", "1"),
            Errno.ENOTDIR,
            "/tmp/file/x"),
        Arguments.of(
            "mkdir existing",
            (Consumer<MemoryFileSystem>) f -> f.createDirectory("/tmp"),
            Errno.EEXIST,
            "/tmp"),
        Arguments.of(
            "mkdir without parent",
            (Consumer<MemoryFileSystem>) f -> f.createDirectory("/a/b"),
            Errno.ENOENT,
            "/a/b"),
        Arguments.of(
            "mkdir -p over file",
            (Consumer<MemoryFileSystem>) f -> f.createDirectories("/tmp/file"),
            Errno.EEXIST,
            "/tmp/file"),
        Arguments.of(
            "mkdir -p below file",
            (Consumer<MemoryFileSystem>) f -> f.createDirectories("/tmp/file/x"),
            Errno.ENOTDIR,
            "/tmp/file"),
        Arguments.of(
            "delete missing",
            (Consumer<MemoryFileSystem>) f -> f.delete("/nope", true),
            Errno.ENOENT,
            "/nope"),
        Arguments.of(
            "delete non-empty",
            (Consumer<MemoryFileSystem>) f -> f.delete("/tmp", false),
            Errno.ENOTEMPTY,
            "/tmp"),
        Arguments.of(
            "delete root", (Consumer<MemoryFileSystem>) f -> f.delete("/", true), Errno.EBUSY, "/"),
        Arguments.of(
            "list missing",
            (Consumer<MemoryFileSystem>) f -> f.list("/nope"),
            Errno.ENOENT,
            "/nope"),
        Arguments.of(
            "list file",
            (Consumer<MemoryFileSystem>) f -> f.list("/tmp/file"),
            Errno.ENOTDIR,
            "/tmp/file"),
        Arguments.of(
            "size missing",
            (Consumer<MemoryFileSystem>) f -> f.size("/nope"),
            Errno.ENOENT,
            "/nope"));
  }

  @ParameterizedTest(name = "{0}: {2}")
  @MethodSource("errors")
  void failuresNameTheLinuxError(
      String name, Consumer<MemoryFileSystem> op, Errno errno, String path) {
    fs.createDirectory("/tmp");
    fs.write("/tmp/file", "x");
    assertThatThrownBy(() -> op.accept(fs))
        .isInstanceOfSatisfying(
            FsException.class,
            e -> {
              assertThat(e.errno()).isEqualTo(errno);
              assertThat(e.path()).isEqualTo(path);
              assertThat(e).hasMessage(path + ": " + errno.text());
            });
  }
}
