package io.kubemu.engine.runtime.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArithmeticTest {

  private static long eval(String expression, Map<String, String> vars) throws Arithmetic.Error {
    return Arithmetic.evaluate(expression, vars::get, vars::put);
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(
      delimiterString = "=>",
      textBlock =
          """
          1 + 2 * 3          => 7
          (1 + 2) * 3        => 9
          7 / 2              => 3
          -7 / 2             => -3
          7 % 3              => 1
          2 ** 10            => 1024
          2 ** 3 ** 2        => 512
          1 << 4             => 16
          0x10 + 010         => 24
          5 > 3              => 1
          5 <= 3             => 0
          3 == 3 && 2 != 2   => 0
          0 || 4             => 1
          !0                 => 1
          ~0                 => -1
          6 & 3 | 8 ^ 1      => 11
          1 ? 10 : 20        => 10
          0 ? 1 / 0 : 5      => 5
          0 && 1 / 0         => 0
          n + 1              => 42
          m * 2              => 0
          ''                 => 0
          """)
  void evaluates(String expression, long expected) throws Arithmetic.Error {
    Map<String, String> vars = new TreeMap<>(Map.of("n", "41"));
    assertThat(eval(expression, vars)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiterString = "=>",
      textBlock =
          """
          i = 5         => 5 => 5
          i += 2        => 3 => 3
          i++           => 1 => 2
          ++i           => 2 => 2
          i--, i        => 0 => 0
          x = i = 7     => 7 => 7
          """)
  void assigns(String expression, long value, String after) throws Arithmetic.Error {
    Map<String, String> vars = new TreeMap<>(Map.of("i", "1"));
    assertThat(eval(expression, vars)).isEqualTo(value);
    assertThat(vars.get("i")).isEqualTo(after);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiterString = "=>",
      textBlock =
          """
          1 / 0   => 1 / 0: division by 0 (error token is "0")
          1 +     => 1 +: syntax error: operand expected (error token is "")
          2 ** -1 => 2 ** -1: exponent less than 0
          (1      => (1: missing `)'
          """)
  void errors(String expression, String message) {
    assertThatThrownBy(() -> eval(expression, new TreeMap<>())).hasMessage(message);
  }
}
