package io.kubemu.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.kubemu.manifest.Json;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuantityJsonTest {
  record Resources(Map<String, Quantity> requests, Quantity limit) {}

  static final ObjectMapper JSON = Json.mapper();
  static final ObjectMapper YAML = new YAMLMapper();

  Quantity read(String json) throws Exception {
    return JSON.readValue(json, Quantity.class);
  }

  // upstream TestJSONWhitespace, plus numbers written without quotes
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "\" 1\"|1",
        "\"1 \"|1",
        "1|1",
        " 1|1",
        "1 |1",
        "10|10",
        "-1|-1",
        " -1|-1",
        "0.5|500m",
        "1e3|1e3",
        "1.5E+3|1500",
        "\"\\t2Gi\\n\"|2Gi",
        "12345678901234567890|12345678901234567890",
      })
  void readsStringsAndNumbers(String json, String expect) throws Exception {
    assertThat(read(json).toString()).isEqualTo(expect);
  }

  @Test
  void writesTheCanonicalString() throws Exception {
    Resources r =
        new Resources(
            Map.of("cpu", Quantity.parse("1.5"), "memory", Quantity.parse("1024Mi")),
            Quantity.parse("0.5"));
    String json = JSON.writeValueAsString(r);
    assertThat(json).contains("\"cpu\":\"1500m\"", "\"memory\":\"1Gi\"", "\"limit\":\"500m\"");
    assertThat(JSON.readValue(json, Resources.class)).isEqualTo(r);
  }

  @Test
  void nullIsUnset() throws Exception {
    assertThat(JSON.readValue("{\"limit\":null}", Resources.class).limit()).isNull();
  }

  @Test
  void yamlScalars() throws Exception {
    Map<String, Quantity> m =
        YAML.readValue(
            "cpu: 0.5\nmemory: 128Mi\nstorage: 2\nmilli: 250m\nexp: \"1e3\"\n",
            new TypeReference<Map<String, Quantity>>() {});
    assertThat(m.get("cpu").toString()).isEqualTo("500m");
    assertThat(m.get("memory").toString()).isEqualTo("128Mi");
    assertThat(m.get("storage").toString()).isEqualTo("2");
    assertThat(m.get("milli").toString()).isEqualTo("250m");
    assertThat(m.get("exp").toString()).isEqualTo("1e3");
    assertThat(YAML.writeValueAsString(m)).contains("cpu: \"500m\"", "storage: \"2\"");
  }

  @Test
  void invalidTextNamesKubernetesRule() {
    assertThatThrownBy(() -> read("\"abc\""))
        .isInstanceOf(InvalidFormatException.class)
        .hasMessageContaining(QuantityTest.FORMAT_WRONG);
    assertThatThrownBy(() -> read("\"1Kb\"")).hasMessageContaining(QuantityTest.FORMAT_WRONG);
    assertThatThrownBy(() -> read("\"1ki\"")).hasMessageContaining(QuantityTest.SUFFIX);
  }

  @Test
  void otherTokensAreRejected() {
    assertThatThrownBy(() -> read("true")).isInstanceOf(MismatchedInputException.class);
    assertThatThrownBy(() -> read("{}")).isInstanceOf(MismatchedInputException.class);
  }
}
