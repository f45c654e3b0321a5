package io.kubemu.dsl;

import io.kubemu.model.core.Secret;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Builds a {@link Secret}: {@code secret("creds").stringData("user", "admin")}. Adds no defaults
 * (the API server defaults type Opaque). Mutable, not thread-safe.
 */
public final class SecretBuilder extends AbstractObjectBuilder<Secret, SecretBuilder> {

  private Boolean immutable;
  private final Map<String, String> data = new LinkedHashMap<>();
  private final Map<String, String> stringData = new LinkedHashMap<>();
  private String type;

  SecretBuilder() {}

  /** {@return a builder holding every field of {@code secret}} */
  public static SecretBuilder from(Secret secret) {
    SecretBuilder b = new SecretBuilder().metadata(secret.metadata());
    b.immutable = secret.immutable();
    b.data.putAll(secret.data());
    b.stringData.putAll(secret.stringData());
    b.type = secret.type();
    return b;
  }

  /** Merged into {@code data} (base64-encoded values), as key-value pairs. */
  public SecretBuilder data(String... keyValues) {
    Pairs.putAll(data, keyValues);
    return this;
  }

  /** Merged into {@code stringData} (plain values), as key-value pairs. */
  public SecretBuilder stringData(String... keyValues) {
    Pairs.putAll(stringData, keyValues);
    return this;
  }

  /** {@code type}: Opaque (the default), kubernetes.io/tls, ... */
  public SecretBuilder type(String type) {
    this.type = type;
    return this;
  }

  /** {@code immutable}. */
  public SecretBuilder immutable(boolean immutable) {
    this.immutable = immutable;
    return this;
  }

  @Override
  public Secret build() {
    return new Secret(meta(), immutable, data, stringData, type);
  }
}
