package io.kubemu.model.apps;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.kubemu.model.KubernetesObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Round-trip harness for the apps, batch, policy and storage model tests: a YAML mapper configured
 * as the manifest reader is (unknown fields fail, empty values omitted, RFC 3339 timestamps). Not
 * the manifest reader.
 */
public final class ModelYaml {
  private ModelYaml() {}

  public static final YAMLMapper MAPPER =
      YAMLMapper.builder()
          .addModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          // NON_EMPTY for properties (Go's omitempty), ALWAYS for map values (a label may be "")
          .defaultPropertyInclusion(
              JsonInclude.Value.construct(
                  JsonInclude.Include.NON_EMPTY, JsonInclude.Include.ALWAYS))
          .build();

  /** {@return the YAML documents of a classpath resource, as trees} */
  public static List<JsonNode> docs(String resource) {
    try (InputStream in = ModelYaml.class.getClassLoader().getResourceAsStream(resource)) {
      assertThat(in).as("resource %s", resource).isNotNull();
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return MAPPER.readerFor(JsonNode.class).<JsonNode>readValues(text).readAll();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@return document {@code index} of a resource, bound to {@code type}} */
  public static <T> T read(String resource, int index, Class<T> type) {
    return bind(docs(resource).get(index), type);
  }

  public static <T> T bind(JsonNode doc, Class<T> type) {
    try {
      return MAPPER.treeToValue(doc, type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static <T> T parse(String yaml, Class<T> type) {
    try {
      return MAPPER.readValue(yaml, type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Binds a document, writes it back and reads it again: the records are equal, and the written
   * YAML holds exactly the fields of the input (nothing dropped, nothing added), apart from the
   * apiVersion, which is written in its canonical form, and the apiVersion and kind of each
   * StatefulSet volumeClaimTemplate, which are written as the API server returns them, and empty
   * objects ({@code metadata: {}} of a pod template, which is never null), which mean the same as
   * absent ones.
   *
   * @return the bound object
   */
  public static <T extends KubernetesObject> T assertRoundTrips(JsonNode doc, Class<T> type) {
    T first = bind(doc, type);
    String yaml = write(first);
    T second = parse(yaml, type);
    assertThat(second).isEqualTo(first);
    ObjectNode expected = doc.deepCopy();
    expected.put("apiVersion", first.apiVersion());
    for (JsonNode claim : expected.path("spec").path("volumeClaimTemplates")) {
      ObjectNode typed = MAPPER.createObjectNode().put("apiVersion", "v1");
      typed.put("kind", "PersistentVolumeClaim").setAll((ObjectNode) claim);
      ((ObjectNode) claim).removeAll().setAll(typed);
    }
    JsonNode written;
    try {
      written = MAPPER.readTree(yaml);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertThat(withoutEmptyObjects(written))
        .as("written YAML:%n%s", yaml)
        .isEqualTo(withoutEmptyObjects(expected));
    return first;
  }

  private static JsonNode withoutEmptyObjects(JsonNode node) {
    JsonNode copy = node.deepCopy();
    prune(copy);
    return copy;
  }

  private static void prune(JsonNode node) {
    for (JsonNode child : node) prune(child);
    if (node instanceof ObjectNode object) {
      List<String> empty = new ArrayList<>();
      object
          .fields()
          .forEachRemaining(
              e -> {
                if (e.getValue().isObject() && e.getValue().isEmpty()) empty.add(e.getKey());
              });
      object.remove(empty);
    }
  }
}
