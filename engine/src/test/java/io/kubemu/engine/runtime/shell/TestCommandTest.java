package io.kubemu.engine.runtime.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.kubemu.engine.runtime.fs.MemoryFileSystem;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code test}, {@code [ ]} and {@code [[ ]]} over /tmp/file ("x"), /tmp/empty and /tmp/dir. */
class TestCommandTest {

  private static Sh.Result eval(String expression) {
    MemoryFileSystem fs = new MemoryFileSystem();
    fs.createDirectories("/tmp/dir");
    fs.write("/tmp/file", "x");
    fs.write("/tmp/empty", "");
    return Sh.run(List.of("/bin/bash", "-c", "X='a b'; " + expression), fs);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiterString = "=>",
      textBlock =
          """
          [ -f /tmp/file ] => 0
          [ -f /tmp/dir ] => 1
          [ -f /tmp/none ] => 1
          [ -d /tmp/dir ] => 0
          [ -d /tmp/file ] => 1
          [ -e /tmp/dir ] => 0
          [ -e /tmp/none ] => 1
          [ -s /tmp/file ] => 0
          [ -s /tmp/empty ] => 1
          [ -r /tmp/file ] => 0
          [ -L /tmp/file ] => 1
          [ -c /dev/null ] => 0
          [ ! -f /tmp/none ] => 0
          [ ! -f /tmp/file ] => 1
          [ -z "" ] => 0
          [ -z x ] => 1
          [ -n "" ] => 1
          [ -n x ] => 0
          [ abc = abc ] => 0
          [ abc == abc ] => 0
          [ abc != abc ] => 1
          [ "$X" = "a b" ] => 0
          [ 2 -lt 10 ] => 0
          [ 10 -le 2 ] => 1
          [ 3 -ge 3 ] => 0
          [ 3 -gt 3 ] => 1
          [ 1 -ne 2 ] => 0
          [ -1 -eq -1 ] => 0
          [ ' 7' -eq 7 ] => 0
          [ -f /tmp/file -a -d /tmp/dir ] => 0
          [ -f /tmp/none -o -d /tmp/dir ] => 0
          [ -f /tmp/none -o -d /tmp/none ] => 1
          [ ! -f /tmp/none -a -f /tmp/file ] => 0
          [ \\( -f /tmp/none \\) ] => 1
          [ ] => 1
          [ x ] => 0
          [ -f ] => 0
          [ '' ] => 1
          test -f /tmp/file => 0
          test => 1
          /usr/bin/test -d /tmp => 0
          [[ -f /tmp/file && -d /tmp/dir ]] => 0
          [[ -f /tmp/none || -d /tmp/dir ]] => 0
          [[ ! -e /tmp/none ]] => 0
          [[ abc == a* ]] => 0
          [[ abc == "a*" ]] => 1
          [[ abc != b* ]] => 0
          [[ $X == "a b" ]] => 0
          [[ -n $UNSET ]] => 1
          [[ foo =~ ^f.o$ ]] => 0
          [[ 1 -lt 2 ]] => 0
          [[ 1+1 -eq 2 ]] => 0
          [[ ( -f /tmp/none || -f /tmp/file ) && -d /tmp ]] => 0
          [[ b > a ]] => 0
          """)
  void evaluates(String expression, int status) {
    Sh.Result r = eval(expression);
    assertThat(r.stderr()).isEmpty();
    assertThat(r.exitCode()).isEqualTo(status);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiterString = "=>",
      textBlock =
          """
          [ 1 -eq a ] => bash: [: a: integer expression expected
          [ a = b => bash: [: missing `]'
          [ -q x ] => bash: [: -q: unary operator expected
          [ a b c ] => bash: [: b: binary operator expected
          [ a = b = c = d ] => bash: [: too many arguments
          test 1 -gt x => bash: test: x: integer expression expected
          """)
  void errorsHaveStatus2(String expression, String message) {
    Sh.Result r = eval(expression);
    assertThat(r.stderr()).isEqualTo(message + "\n");
    assertThat(r.exitCode()).isEqualTo(2);
  }
}
