package io.kubemu.engine.runtime.fs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FsPathsTest {

  @ParameterizedTest(name = "resolve({0}, {1}) = {2}")
  @CsvSource({
    "/, /tmp/health, /tmp/health",
    "/, tmp//health/, /tmp/health",
    "/usr/share, nginx/html, /usr/share/nginx/html",
    "/usr/share, ./nginx/./html, /usr/share/nginx/html",
    "/usr/share, ../lib, /usr/lib",
    "/, ../../.., /",
    "/a, '', /a",
    "/a/b, /x/../y, /y",
    "/, ///, /",
  })
  void resolve(String cwd, String path, String expected) {
    assertThat(FsPaths.resolve(cwd, path)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "parent({0}) = {1}, name = {2}")
  @CsvSource({
    "/tmp/health, /tmp, health",
    "/tmp, /, tmp",
    "/, /, /",
  })
  void parentAndName(String path, String parent, String name) {
    assertThat(FsPaths.parent(path)).isEqualTo(parent);
    assertThat(FsPaths.name(path)).isEqualTo(name);
  }

  @ParameterizedTest(name = "{0} at or under {1}: {2}")
  @CsvSource({
    "/data, /data, true",
    "/data/x, /data, true",
    "/database, /data, false",
    "/x, /, true",
    "/dat, /data, false",
  })
  void isAtOrUnder(String path, String ancestor, boolean expected) {
    assertThat(FsPaths.isAtOrUnder(path, ancestor)).isEqualTo(expected);
  }
}
