package io.kubemu.dsl;

import io.kubemu.model.core.ConfigMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Builds a {@link ConfigMap}: {@code configMap("cfg").data("key", "value")}. Mutable, not
 * thread-safe.
 */
public final class ConfigMapBuilder extends AbstractObjectBuilder<ConfigMap, ConfigMapBuilder> {

  private Boolean immutable;
  private final Map<String, String> data = new LinkedHashMap<>();
  private final Map<String, String> binaryData = new LinkedHashMap<>();

  ConfigMapBuilder() {}

  /** {@return a builder holding every field of {@code configMap}} */
  public static ConfigMapBuilder from(ConfigMap configMap) {
    ConfigMapBuilder b = new ConfigMapBuilder().metadata(configMap.metadata());
    b.immutable = configMap.immutable();
    b.data.putAll(configMap.data());
    b.binaryData.putAll(configMap.binaryData());
    return b;
  }

  /** Merged into {@code data}, as key-value pairs. */
  public ConfigMapBuilder data(String... keyValues) {
    Pairs.putAll(data, keyValues);
    return this;
  }

  /** Merged into {@code binaryData} (base64-encoded values), as key-value pairs. */
  public ConfigMapBuilder binaryData(String... keyValues) {
    Pairs.putAll(binaryData, keyValues);
    return this;
  }

  /** {@code immutable}. */
  public ConfigMapBuilder immutable(boolean immutable) {
    this.immutable = immutable;
    return this;
  }

  @Override
  public ConfigMap build() {
    return new ConfigMap(meta(), immutable, data, binaryData);
  }
}
