package io.kubemu.engine.runtime.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubemu.engine.runtime.fs.MemoryFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GlobTest {

  @ParameterizedTest(name = "{0} ~ {1}: {2}")
  @CsvSource(
      delimiterString = "=>",
      textBlock =
          """
          *         => anything  => true
          *         => ''        => true
          a*        => abc       => true
          a*        => bac       => false
          *.txt     => notes.txt => true
          *.txt     => notes.md  => false
          a?c       => abc       => true
          a?c       => ac        => false
          [ab]x     => bx        => true
          [!ab]x    => cx        => true
          [!ab]x    => ax        => false
          [a-c]1    => b1        => true
          [a-c]1    => d1        => false
          \\*       => *         => true
          \\*       => a         => false
          a*b*c     => aXXbYYc   => true
          a*b*c     => aXXbYY    => false
          [         => [         => true
          ab[       => ab[       => true
          """)
  void matches(String pattern, String text, boolean expected) {
    assertThat(Glob.matches(pattern, text)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiterString = "=>",
      textBlock =
          """
          *.log   => true
          a?      => true
          [ab]    => true
          [       => false
          ]       => false
          \\*     => false
          plain   => false
          """)
  void hasMeta(String pattern, boolean expected) {
    assertThat(Glob.hasMeta(pattern)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @CsvSource(
      delimiterString = "=>",
      textBlock =
          """
          /a/b/c.txt => */     => false => a/b/c.txt
          /a/b/c.txt => */     => true  => c.txt
          x.tar.gz   => *.     => false => tar.gz
          """)
  void removePrefix(String value, String pattern, boolean longest, String expected) {
    assertThat(Glob.removePrefix(value, pattern, longest)).isEqualTo(expected);
  }

  @Test
  void removeSuffix() {
    assertThat(Glob.removeSuffix("x.tar.gz", ".*", false)).isEqualTo("x.tar");
    assertThat(Glob.removeSuffix("x.tar.gz", ".*", true)).isEqualTo("x");
    assertThat(Glob.removeSuffix("x", ".*", true)).isEqualTo("x");
  }

  @Test
  void expandsPathsSortedAndAsWritten() {
    MemoryFileSystem fs = new MemoryFileSystem();
    fs.createDirectories("/var/log/b");
    fs.createDirectories("/var/log/a");
    fs.write("/var/log/a/x.log", "");
    fs.write("/var/log/b/y.log", "");
    fs.write("/var/log/b/.z.log", "");
    assertThat(Glob.expand(fs, "/", "/var/log/*/*.log"))
        .containsExactly("/var/log/a/x.log", "/var/log/b/y.log");
    assertThat(Glob.expand(fs, "/var", "log/b/.*")).containsExactly("log/b/.z.log");
    assertThat(Glob.expand(fs, "/", "/var/nothing/*")).isEmpty();
  }
}
