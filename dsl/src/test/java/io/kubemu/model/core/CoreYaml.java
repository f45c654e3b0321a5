package io.kubemu.model.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.kubemu.model.KubernetesObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * A model smoke-test harness: a YAML mapper configured as the manifest reader is (unknown fields
 * fail, empty values omitted, RFC 3339 timestamps), and round-trip checks. Not the manifest reader.
 */
final class CoreYaml {
  private CoreYaml() {}

  static final YAMLMapper MAPPER =
      YAMLMapper.builder()
          .addModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          // NON_EMPTY for properties (Go's omitempty) but ALWAYS for map values: a plain
          // serializationInclusion(NON_EMPTY) also drops map entries whose value is "", such as
          // the label node-role.kubernetes.io/master: "".
          .defaultPropertyInclusion(
              JsonInclude.Value.construct(
                  JsonInclude.Include.NON_EMPTY, JsonInclude.Include.ALWAYS))
          .build();

  private static final Map<String, Class<? extends KubernetesObject>> TYPES =
      Map.of(
          "Pod", Pod.class,
          "Node", Node.class,
          "Service", Service.class,
          "Endpoints", Endpoints.class,
          "PersistentVolumeClaim", PersistentVolumeClaim.class,
          "PersistentVolume", PersistentVolume.class,
          "Namespace", Namespace.class,
          "ConfigMap", ConfigMap.class,
          "Secret", Secret.class,
          "Event", Event.class);

  /** {@return the YAML documents of a classpath resource, as trees} */
  static List<JsonNode> docs(String resource) {
    try (InputStream in = CoreYaml.class.getClassLoader().getResourceAsStream(resource)) {
      assertThat(in).as("resource %s", resource).isNotNull();
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return MAPPER.readerFor(JsonNode.class).<JsonNode>readValues(text).readAll();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@return the document of a single-document resource, bound to {@code type}} */
  static <T> T read(String resource, Class<T> type) {
    List<JsonNode> docs = docs(resource);
    assertThat(docs).as("documents in %s", resource).hasSize(1);
    return bind(docs.get(0), type);
  }

  /** {@return the model type for a document's kind (core/v1 only)} */
  static Class<? extends KubernetesObject> typeOf(JsonNode doc) {
    assertThat(doc.path("apiVersion").asText()).isEqualTo("v1");
    Class<? extends KubernetesObject> type = TYPES.get(doc.path("kind").asText());
    assertThat(type).as("core/v1 kind %s", doc.path("kind")).isNotNull();
    return type;
  }

  static <T> T bind(JsonNode doc, Class<T> type) {
    try {
      return MAPPER.treeToValue(doc, type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Binds a document, writes it back and reads it again: the records are equal, and the written
   * YAML holds exactly the fields of the input (nothing dropped, nothing added).
   *
   * @return the bound object
   */
  static KubernetesObject assertRoundTrips(JsonNode doc) {
    Class<? extends KubernetesObject> type = typeOf(doc);
    KubernetesObject first = bind(doc, type);
    String yaml = write(first);
    KubernetesObject second;
    JsonNode written;
    try {
      second = MAPPER.readValue(yaml, type);
      written = MAPPER.readTree(yaml);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertThat(second).isEqualTo(first);
    assertThat(written).as("written YAML:%n%s", yaml).isEqualTo(doc);
    return first;
  }
}
