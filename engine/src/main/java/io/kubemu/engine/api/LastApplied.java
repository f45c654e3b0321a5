package io.kubemu.engine.api;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.databind.ser.ResolvableSerializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.util.NameTransformer;
import io.kubemu.manifest.Json;
import io.kubemu.model.KubernetesObject;
import io.kubemu.model.meta.ObjectMeta;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * kubectl's last-applied-configuration, written in one pass: the model's JSON configuration with
 * every object's keys and every map's entries sorted (as Go's encoding/json writes them), the
 * annotation itself left out, and the top-level {@code metadata.annotations} always present. The
 * same bytes as sorting a Jackson tree of the object and writing it, without building the tree.
 * Stateless, thread-safe.
 */
final class LastApplied {
  private LastApplied() {}

  /** Overrides the model's {@code apiVersion, kind, metadata} order: every key sorted. */
  @JsonPropertyOrder(alphabetic = true)
  private interface SortedMixin {}

  private static final ObjectWriter WRITER = sortedWriter();

  private static ObjectWriter sortedWriter() {
    SimpleModule topLevelAnnotations = new SimpleModule("last-applied");
    topLevelAnnotations.setSerializerModifier(
        new BeanSerializerModifier() {
          @Override
          @SuppressWarnings("unchecked")
          public JsonSerializer<?> modifySerializer(
              SerializationConfig config, BeanDescription desc, JsonSerializer<?> serializer) {
            return desc.getBeanClass() == ObjectMeta.class
                ? new TopLevelMeta((JsonSerializer<ObjectMeta>) serializer)
                : serializer;
          }
        });
    JsonMapper mapper =
        ((JsonMapper) Json.mapper())
            .rebuild()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .disable(MapperFeature.SORT_CREATOR_PROPERTIES_FIRST)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .addMixIn(KubernetesObject.class, SortedMixin.class)
            .addModule(topLevelAnnotations)
            .build();
    return mapper.writer();
  }

  /** The last configuration written, for the caller's object and the namespace it went to. */
  private record Memo(KubernetesObject input, String namespace, String json) {}

  private static volatile Memo memo;

  /**
   * {@link #modifiedConfiguration(KubernetesObject)} of {@code namespaced}, which is {@code input}
   * placed in {@code namespace}. Applying the very same (immutable) object again, as tests do to
   * cluster after cluster, reuses the last answer: keyed on identity, since model equality is
   * semantic ({@code 1000m} equals {@code 1}) where the JSON is not.
   */
  static String modifiedConfiguration(
      KubernetesObject input, String namespace, KubernetesObject namespaced) {
    Memo m = memo;
    if (m != null && m.input == input && Objects.equals(m.namespace, namespace)) return m.json;
    String json = modifiedConfiguration(namespaced);
    memo = new Memo(input, namespace, json);
    return json;
  }

  /**
   * kubectl's GetModifiedConfiguration: the object without the annotation, with {@code
   * metadata.annotations} present (empty when there are none), keys sorted as Go writes maps, and a
   * trailing newline.
   */
  static String modifiedConfiguration(KubernetesObject obj) {
    ObjectMeta m = obj.metadata();
    if (m.annotations().containsKey(Applier.LAST_APPLIED)) {
      Map<String, String> a = new LinkedHashMap<>(m.annotations());
      a.remove(Applier.LAST_APPLIED);
      obj = obj.withMetadata(m.withAnnotations(a));
    }
    try {
      return WRITER.writeValueAsString(obj) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * ObjectMeta as the model writes it, except at the top level with no annotations, where an empty
   * {@code annotations} object is written first ("annotations" sorts before every other field).
   */
  private static final class TopLevelMeta extends StdSerializer<ObjectMeta>
      implements ResolvableSerializer {
    private final JsonSerializer<ObjectMeta> fields;
    private JsonSerializer<ObjectMeta> unwrapped;

    TopLevelMeta(JsonSerializer<ObjectMeta> fields) {
      super(ObjectMeta.class);
      this.fields = fields;
    }

    @Override
    public void resolve(SerializerProvider provider) throws JsonMappingException {
      if (fields instanceof ResolvableSerializer r) r.resolve(provider);
      unwrapped = fields.unwrappingSerializer(NameTransformer.NOP);
    }

    @Override
    public boolean isEmpty(SerializerProvider provider, ObjectMeta value) {
      return fields.isEmpty(provider, value);
    }

    @Override
    public void serialize(ObjectMeta meta, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      JsonStreamContext ctx = gen.getOutputContext();
      boolean topLevel = ctx.inObject() && ctx.getParent() != null && ctx.getParent().inRoot();
      if (!topLevel || !meta.annotations().isEmpty()) {
        fields.serialize(meta, gen, provider);
        return;
      }
      gen.writeStartObject(meta);
      gen.writeFieldName("annotations");
      gen.writeStartObject();
      gen.writeEndObject();
      unwrapped.serialize(meta, gen, provider);
      gen.writeEndObject();
    }
  }
}
