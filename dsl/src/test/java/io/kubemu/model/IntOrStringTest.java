package io.kubemu.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.kubemu.manifest.Json;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Upstream's intstr_test.go, row for row, plus kubemu's own cases. */
class IntOrStringTest {
  record Holder(IntOrString val) {}

  static final ObjectMapper JSON = Json.mapper();

  @Test
  void fromInt() {
    IntOrString i = IntOrString.of(93);
    assertThat(i.type()).isEqualTo(IntOrString.Type.INT);
    assertThat(i.intVal()).isEqualTo(93);
  }

  @Test
  void fromString() {
    IntOrString i = IntOrString.of("76");
    assertThat(i.type()).isEqualTo(IntOrString.Type.STRING);
    assertThat(i.strVal()).isEqualTo("76");
  }

  // TestIntOrStringUnmarshalJSON
  @ParameterizedTest
  @MethodSource("unmarshal")
  void unmarshalJson(String input, IntOrString result) throws Exception {
    assertThat(JSON.readValue(input, Holder.class).val()).isEqualTo(result);
  }

  static Stream<Arguments> unmarshal() {
    return Stream.of(
        arguments("{\"val\": 123}", IntOrString.of(123)),
        arguments("{\"val\": \"123\"}", IntOrString.of("123")));
  }

  // TestIntOrStringMarshalJSON
  @ParameterizedTest
  @MethodSource("marshal")
  void marshalJson(IntOrString input, String result) throws Exception {
    assertThat(JSON.writeValueAsString(new Holder(input))).isEqualTo(result);
  }

  static Stream<Arguments> marshal() {
    return Stream.of(
        arguments(IntOrString.of(123), "{\"val\":123}"),
        arguments(IntOrString.of("123"), "{\"val\":\"123\"}"));
  }

  // TestIntOrStringMarshalJSONUnmarshalYAML
  @ParameterizedTest
  @MethodSource("marshal")
  void marshalJsonUnmarshalYaml(IntOrString input) throws Exception {
    String json = JSON.writeValueAsString(new Holder(input));
    assertThat(new YAMLMapper().readValue(json, Holder.class)).isEqualTo(new Holder(input));
  }

  @Test
  void yamlKeepsTheForm() throws Exception {
    YAMLMapper yaml = new YAMLMapper();
    assertThat(yaml.readValue("val: 25%\n", Holder.class).val()).isEqualTo(IntOrString.of("25%"));
    assertThat(yaml.readValue("val: 1\n", Holder.class).val()).isEqualTo(IntOrString.of(1));
    assertThat(yaml.readValue("val: \"1\"\n", Holder.class).val()).isEqualTo(IntOrString.of("1"));
    assertThat(yaml.writeValueAsString(new Holder(IntOrString.of(1)))).contains("val: 1");
    assertThat(yaml.writeValueAsString(new Holder(IntOrString.of("http"))))
        .contains("val: \"http\"");
  }

  @Test
  void rejectsWhatGoCannotUnmarshalIntoInt32() throws Exception {
    assertThatThrownBy(() -> JSON.readValue("{\"val\": 1.5}", Holder.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("cannot unmarshal number 1.5 into Go value of type int32");
    assertThatThrownBy(() -> JSON.readValue("{\"val\": 3000000000}", Holder.class))
        .hasMessageContaining("cannot unmarshal number 3000000000 into Go value of type int32");
    assertThatThrownBy(() -> JSON.readValue("{\"val\": true}", Holder.class))
        .isInstanceOf(MismatchedInputException.class);
    assertThat(JSON.readValue("{\"val\": null}", Holder.class).val()).isNull();
  }

  // TestGetIntFromIntOrPercent (GetScaledValueFromIntOrPercent)
  @ParameterizedTest
  @MethodSource("scaled")
  void scaledValue(IntOrString input, int total, boolean roundUp, Integer expectVal) {
    if (expectVal == null) {
      assertThatThrownBy(() -> input.scaledValue(total, roundUp))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("invalid value for IntOrString: ");
    } else {
      assertThat(input.scaledValue(total, roundUp)).isEqualTo(expectVal);
    }
  }

  static Stream<Arguments> scaled() {
    return Stream.of(
        arguments(IntOrString.of(123), 0, false, 123),
        arguments(IntOrString.of("90%"), 100, true, 90),
        arguments(IntOrString.of("90%"), 95, true, 86),
        arguments(IntOrString.of("90%"), 95, false, 85),
        arguments(IntOrString.of("%"), 0, false, null),
        arguments(IntOrString.of("90#"), 0, false, null),
        arguments(IntOrString.of("#%"), 0, false, null),
        arguments(IntOrString.of("90"), 0, false, null),
        // kubemu: the deployment defaults and their rounding
        arguments(IntOrString.of("25%"), 10, true, 3),
        arguments(IntOrString.of("25%"), 10, false, 2),
        arguments(IntOrString.of("25%"), 4, true, 1),
        arguments(IntOrString.of("25%"), 4, false, 1),
        arguments(IntOrString.of("25%"), 1, false, 0),
        arguments(IntOrString.of("0%"), 7, true, 0),
        arguments(IntOrString.of("100%"), 7, true, 7),
        arguments(IntOrString.of("+50%"), 3, true, 2),
        arguments(IntOrString.of("-50%"), 3, true, -1),
        arguments(IntOrString.of("-50%"), 3, false, -2),
        arguments(IntOrString.of("150%"), 3, false, 4),
        arguments(IntOrString.of(-1), 3, false, -1));
  }

  // TestGetIntFromIntOrString (getIntOrPercentValueSafely): the value a percent scales from
  @ParameterizedTest
  @CsvSource(
      nullValues = "null",
      value = {
        "200, null, false",
        "30%0, null, false",
        "40%, 40, true",
        "%, null, false",
        "a%, null, false",
        "a, null, false",
        "40#, null, false",
        "40%%, null, false"
      })
  void intOrPercentValueSafely(String input, Integer expectVal, boolean expectPercent) {
    IntOrString s = IntOrString.of(input);
    assertThat(s.percent()).isEqualTo(input.endsWith("%"));
    if (expectVal == null) {
      assertThatThrownBy(() -> s.scaledValue(100, false))
          .isInstanceOf(IllegalArgumentException.class);
    } else {
      assertThat(expectPercent).isTrue();
      assertThat(s.scaledValue(100, false)).isEqualTo(expectVal);
    }
    assertThat(IntOrString.of(200).scaledValue(100, false)).isEqualTo(200);
    assertThat(IntOrString.of(200).percent()).isFalse();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "90|invalid value for IntOrString: invalid type: string is not a percentage",
        "#%|invalid value for IntOrString: invalid value \"#%\": strconv.Atoi: parsing \"#\":"
            + " invalid syntax",
        "%|invalid value for IntOrString: invalid value \"%\": strconv.Atoi: parsing \"\":"
            + " invalid syntax",
        "99999999999999999999%|invalid value for IntOrString: invalid value"
            + " \"99999999999999999999%\": strconv.Atoi: parsing \"99999999999999999999\": value"
            + " out of range",
      })
  void errorMessages(String input, String message) {
    assertThatThrownBy(() -> IntOrString.of(input).scaledValue(10, true)).hasMessage(message);
  }

  @Test
  void valuesAndStrings() {
    assertThat(IntOrString.of(5).intValue()).isEqualTo(5);
    assertThat(IntOrString.of("5").intValue()).isEqualTo(5);
    assertThat(IntOrString.of("25%").intValue()).isZero();
    assertThat(IntOrString.of(5).strValue()).isEqualTo("5");
    assertThat(IntOrString.of("http").strValue()).isEqualTo("http");
    assertThat(IntOrString.of(5)).hasToString("5");
    assertThat(IntOrString.of("25%").percent()).isTrue();
    assertThat(IntOrString.of("25").percent()).isFalse();
  }

  @Test
  void parseTriesInt32First() {
    assertThat(IntOrString.parse("12")).isEqualTo(IntOrString.of(12));
    assertThat(IntOrString.parse("-3")).isEqualTo(IntOrString.of(-3));
    assertThat(IntOrString.parse("25%")).isEqualTo(IntOrString.of("25%"));
    assertThat(IntOrString.parse("3000000000")).isEqualTo(IntOrString.of("3000000000"));
  }

  @Test
  void equalityIsByFormAndValue() {
    assertThat(IntOrString.of(1)).isEqualTo(IntOrString.of(1)).isNotEqualTo(IntOrString.of("1"));
    assertThat(IntOrString.of("1")).hasSameHashCodeAs(IntOrString.of("1"));
    assertThat(new IntOrString(IntOrString.Type.INT, 1, "")).isEqualTo(IntOrString.of(1));
    assertThatThrownBy(() -> new IntOrString(IntOrString.Type.INT, 1, "x"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new IntOrString(IntOrString.Type.STRING, 1, "x"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
