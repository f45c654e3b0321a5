package io.kubemu.model.core;

import io.kubemu.model.KubernetesObject;
import io.kubemu.model.internal.Copies;
import io.kubemu.model.meta.ObjectMeta;
import java.util.Map;

/**
 * A Secret (core/v1): sensitive data for pods. No status.
 *
 * @param metadata never null (an absent one becomes {@link ObjectMeta#EMPTY})
 * @param data base64-encoded values, as on the wire
 * @param stringData plain values, merged into data on write (write-only)
 * @param type defaults to {@value #TYPE_OPAQUE}
 */
public record Secret(
    ObjectMeta metadata,
    Boolean immutable,
    Map<String, String> data,
    Map<String, String> stringData,
    String type)
    implements KubernetesObject {

  /** The apiVersion {@value}. */
  public static final String API_VERSION = "v1";

  /** The kind {@value}. */
  public static final String KIND = "Secret";

  /** type Opaque, the default. */
  public static final String TYPE_OPAQUE = "Opaque";

  /** type kubernetes.io/service-account-token. */
  public static final String TYPE_SERVICE_ACCOUNT_TOKEN = "kubernetes.io/service-account-token";

  /** type kubernetes.io/dockerconfigjson. */
  public static final String TYPE_DOCKER_CONFIG_JSON = "kubernetes.io/dockerconfigjson";

  /** type kubernetes.io/tls. */
  public static final String TYPE_TLS = "kubernetes.io/tls";

  public Secret {
    metadata = metadata == null ? ObjectMeta.EMPTY : metadata;
    data = Copies.map(data);
    stringData = Copies.map(stringData);
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
  public Secret withMetadata(ObjectMeta metadata) {
    return new Secret(metadata, immutable, data, stringData, type);
  }

  public Secret withData(Map<String, String> data) {
    return new Secret(metadata, immutable, data, stringData, type);
  }

  public Secret withStringData(Map<String, String> stringData) {
    return new Secret(metadata, immutable, data, stringData, type);
  }

  public Secret withType(String type) {
    return new Secret(metadata, immutable, data, stringData, type);
  }
}
