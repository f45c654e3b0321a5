package io.kubemu.model.core;

import io.kubemu.model.KubernetesObject;
import io.kubemu.model.internal.Copies;
import io.kubemu.model.meta.ObjectMeta;
import java.util.Map;

/**
 * A ConfigMap (core/v1): configuration data for pods. No status.
 *
 * @param metadata never null (an absent one becomes {@link ObjectMeta#EMPTY})
 * @param data UTF-8 values
 * @param binaryData base64-encoded values, as on the wire
 */
public record ConfigMap(
    ObjectMeta metadata,
    Boolean immutable,
    Map<String, String> data,
    Map<String, String> binaryData)
    implements KubernetesObject {

  /** The apiVersion {@value}. */
  public static final String API_VERSION = "v1";

  /** The kind {@value}. */
  public static final String KIND = "ConfigMap";

  public ConfigMap {
    metadata = metadata == null ? ObjectMeta.EMPTY : metadata;
    data = Copies.map(data);
    binaryData = Copies.map(binaryData);
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
  public ConfigMap withMetadata(ObjectMeta metadata) {
    return new ConfigMap(metadata, immutable, data, binaryData);
  }

  public ConfigMap withData(Map<String, String> data) {
    return new ConfigMap(metadata, immutable, data, binaryData);
  }

  public ConfigMap withBinaryData(Map<String, String> binaryData) {
    return new ConfigMap(metadata, immutable, data, binaryData);
  }
}
