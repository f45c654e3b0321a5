package io.kubemu.manifest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The one Jackson configuration for the model: records bound by their components, timestamps as RFC
 * 3339 strings, empty values omitted (Go's omitempty), unknown fields rejected. Thread-safe.
 */
public final class Json {
  private Json() {}

  private static final JsonMapper MAPPER =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          // omit empty properties, but keep empty map values such as the label role: ""
          .defaultPropertyInclusion(
              JsonInclude.Value.construct(
                  JsonInclude.Include.NON_EMPTY, JsonInclude.Include.ALWAYS))
          .build();

  /**
   * The same configuration writing YAML as {@code kubectl get -o yaml} does: no {@code ---} marker,
   * quotes only where needed (and wherever go-yaml would read a string as something else: {@code
   * "true"}, {@code "on"}, {@code "1.5"}), multi-line strings as literal blocks, no line folding.
   */
  private static final YAMLMapper YAML_MAPPER =
      YAMLMapper.builder(
              YAMLFactory.builder()
                  .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                  .disable(YAMLGenerator.Feature.SPLIT_LINES)
                  .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                  .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
                  .stringQuotingChecker(new GoYamlQuoting())
                  .build())
          .addModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .defaultPropertyInclusion(
              JsonInclude.Value.construct(
                  JsonInclude.Include.NON_EMPTY, JsonInclude.Include.ALWAYS))
          .build();

  /** {@return the shared JSON mapper; do not reconfigure it (copy() first)} */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /**
   * {@return the shared YAML mapper, for writing; do not reconfigure it (copy() first). Read
   * manifests with {@link Manifests}, which applies Kubernetes' rules}
   */
  public static ObjectMapper yamlMapper() {
    return YAML_MAPPER;
  }
}
