package io.kubemu.model.apps;

import io.kubemu.model.KubernetesObject;
import io.kubemu.model.meta.ObjectMeta;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An immutable snapshot of a DaemonSet's or StatefulSet's template (apps/v1 ControllerRevision).
 *
 * @param metadata never null (an absent one becomes {@link ObjectMeta#EMPTY})
 * @param data the serialized state (runtime.RawExtension) as a JSON object: nested maps, lists,
 *     strings, numbers, booleans and nulls; deep-copied and unmodifiable, insertion-ordered; never
 *     null
 * @param revision the revision number, increasing; required
 */
public record ControllerRevision(ObjectMeta metadata, Map<String, Object> data, Long revision)
    implements KubernetesObject {

  /** The apiVersion {@value}. */
  public static final String API_VERSION = "apps/v1";

  /** The kind {@value}. */
  public static final String KIND = "ControllerRevision";

  public ControllerRevision {
    metadata = metadata == null ? ObjectMeta.EMPTY : metadata;
    data = data == null ? Map.of() : deepCopy(data);
  }

  @Override
  public String apiVersion() {
    return API_VERSION;
  }

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public ControllerRevision withMetadata(ObjectMeta metadata) {
    return new ControllerRevision(metadata, data, revision);
  }

  public ControllerRevision withRevision(Long revision) {
    return new ControllerRevision(metadata, data, revision);
  }

  private static Map<String, Object> deepCopy(Map<?, ?> map) {
    Map<String, Object> copy = new LinkedHashMap<>();
    map.forEach((k, v) -> copy.put(String.valueOf(k), deepCopyValue(v)));
    return Collections.unmodifiableMap(copy);
  }

  private static Object deepCopyValue(Object value) {
    if (value instanceof Map<?, ?> m) return deepCopy(m);
    if (value instanceof List<?> l) {
      List<Object> copy = new ArrayList<>(l.size());
      for (Object o : l) copy.add(deepCopyValue(o));
      return Collections.unmodifiableList(copy);
    }
    if (value == null
        || value instanceof String
        || value instanceof Number
        || value instanceof Boolean) {
      return value;
    }
    throw new IllegalArgumentException(
        "ControllerRevision data holds a non-JSON value: " + value.getClass().getName());
  }
}
