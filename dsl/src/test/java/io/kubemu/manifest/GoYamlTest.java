package io.kubemu.manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** go-yaml v2's resolution of plain scalars (upstream goyaml.v2 resolve.go), row by row. */
class GoYamlTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      nullValues = "NIL",
      textBlock =
          """
          y        | true
          Y        | true
          yes      | true
          Yes      | true
          YES      | true
          yEs      | "yEs"
          on       | true
          On       | true
          ON       | true
          oN       | "oN"
          true     | true
          TRUE     | true
          tRUE     | "tRUE"
          n        | false
          no       | false
          off      | false
          OFF      | false
          false    | false
          ''       | null
          ~        | null
          null     | null
          Null     | null
          NULL     | null
          nULL     | "nULL"
          0        | 0
          -0       | 0
          +5       | 5
          017      | 15
          0o17     | 15
          0x1F     | 31
          -0x1F    | -31
          0b101    | 5
          -0b101   | -5
          1_000    | 1000
          08       | 8.0
          9223372036854775807  | 9223372036854775807
          18446744073709551615 | 18446744073709551615
          1.5      | 1.5
          .5       | 0.5
          -.5e1    | -5.0
          1e3      | 1000.0
          1.       | 1.0
          1e400    | "1e400"
          1.2.3    | "1.2.3"
          0x       | "0x"
          12:30    | "12:30"
          2024-01-01 | "2024-01-01"
          v1.12    | "v1.12"
          -        | "-"
          <<       | "<<"
          """)
  void resolvesPlainScalars(String in, String json) {
    assertThat(GoYaml.resolvePlain(in).toString()).isEqualTo(json);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({".inf, Infinity", "-.Inf, -Infinity", ".NaN, NaN", "+.INF, Infinity"})
  void resolvesSpecialFloatsThatJsonRejects(String in, double expected) {
    JsonNode resolved = GoYaml.resolvePlain(in);
    assertThat(Double.valueOf(resolved.doubleValue())).isEqualTo(Double.valueOf(expected));
    assertThatThrownBy(() -> GoYaml.toJson(resolved))
        .hasMessageStartingWith("json: unsupported value: ");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"5.0, 5", "1000.0, 1000", "0.5, 0.5", "-2.0, -2", "1.0E21, 1.0E21"})
  void wholeFloatsBecomeJsonIntegersAsGoMarshalsThem(double in, String json) {
    assertThat(GoYaml.toJson(DoubleNode.valueOf(in)).toString()).isEqualTo(json);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "on, true",
    "No, false",
    "0x10, 16",
    "1.5, 1.5",
    "1e6, 1e+06",
    "123456, 123456",
    "0.0001, 0.0001",
    "0.00001, 1e-05",
    "1e3, 1000",
    "app, app"
  })
  void keysAreStringifiedAsSigsK8sYamlDoes(String in, String key) {
    JsonNode resolved = GoYaml.resolvePlain(in);
    // upstream convertToJSONableObject: float keys through strconv.FormatFloat(f, 'g', -1, 32)
    assertThat(GoYaml.keyString(resolved)).isEqualTo(key);
    assertThat(GoYaml.keyString(TextNode.valueOf(in))).isEqualTo(in);
  }

  @ParameterizedTest(name = "[{0}]")
  @CsvSource({
    "true, true",
    "on, true",
    "Y, true",
    "1, true",
    "1.5, true",
    "0x1F, true",
    "~, true",
    "null, true",
    "<<, true",
    "'', true",
    "nginx, false",
    "v1.12, false",
    "yEs, false",
    "'-', false",
    "2024-01-01, true",
    "2024-01-02T03:04:05Z, true",
    "2024-1-2 3:04:05.5, true",
    "12:30, true",
    "190:20:30.15, true",
    "2024-01-01x, false",
    "12:30:99, false"
  })
  void quotesWhatWouldNotReadBackAsAString(String s, boolean quoted) {
    assertThat(GoYaml.needsQuotes(s)).isEqualTo(quoted);
  }
}
